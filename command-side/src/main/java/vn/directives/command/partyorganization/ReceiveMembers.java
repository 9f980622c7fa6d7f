package vn.directives.command.partyorganization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.directives.command.common.CommandContext;
import vn.directives.events.partyorganization.MemberCounts;

import java.time.LocalDate;

/** Sent by {@link ReorganizationPolicy} only: the members of a merged or dissolved organization arrive. */
record ReceiveMembers(@TargetAggregateIdentifier String partyOrganizationId, String fromPartyOrganizationId,
                      MemberCounts members, LocalDate effectiveOn, CommandContext context)
        implements PartyOrganizationCommand {
}
