package vn.directives.command.partyorganization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.SuccessorShare;

import java.time.LocalDate;
import java.util.List;

/** The organization is dissolved; its members go to the successors named or are stated as leaving. */
record DissolvePartyOrganization(@TargetAggregateIdentifier String partyOrganizationId,
                                 @TargetAggregateVersion Long expectedVersion, String reason,
                                 List<SuccessorShare> successors, MemberCounts leaving, LocalDate effectiveOn,
                                 CommandContext context) implements PartyOrganizationCommand {
}
