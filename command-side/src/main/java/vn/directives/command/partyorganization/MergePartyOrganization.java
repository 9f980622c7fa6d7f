package vn.directives.command.partyorganization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** The organization is merged into another one, which takes all its members. */
record MergePartyOrganization(@TargetAggregateIdentifier String partyOrganizationId,
                              @TargetAggregateVersion Long expectedVersion, String intoPartyOrganizationId,
                              LocalDate effectiveOn, CommandContext context) implements PartyOrganizationCommand {
}
