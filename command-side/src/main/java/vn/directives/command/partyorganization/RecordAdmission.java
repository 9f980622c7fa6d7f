package vn.directives.command.partyorganization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** {@code effectiveOn}: the date of admission; null means today. */
record RecordAdmission(@TargetAggregateIdentifier String partyOrganizationId,
                       @TargetAggregateVersion Long expectedVersion, int admitted, LocalDate effectiveOn,
                       CommandContext context) implements PartyOrganizationCommand {
}
