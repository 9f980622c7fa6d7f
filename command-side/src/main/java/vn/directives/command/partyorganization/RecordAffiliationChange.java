package vn.directives.command.partyorganization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.partyorganization.PartyOrganizationKind;

import java.time.LocalDate;

/** {@code effectiveOn}: the date of the decision that classified or re-affiliated it; null means today. */
record RecordAffiliationChange(@TargetAggregateIdentifier String partyOrganizationId,
                               @TargetAggregateVersion Long expectedVersion, PartyOrganizationKind kind,
                               String superiorCommitteeUnitId, LocalDate effectiveOn, CommandContext context)
        implements PartyOrganizationCommand {
}
