package vn.directives.command.partyorganization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** Probationary members recognized official, as a count (outside member development). */
record RecordRecognition(@TargetAggregateIdentifier String partyOrganizationId,
                         @TargetAggregateVersion Long expectedVersion, int members, LocalDate effectiveOn,
                         CommandContext context) implements PartyOrganizationCommand {
}
