package vn.directives.command.partyorganization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.partyorganization.ExitReason;
import vn.directives.events.partyorganization.MemberStatus;

import java.time.LocalDate;

/** Members of one status leave other than by transfer. */
record RecordExit(@TargetAggregateIdentifier String partyOrganizationId, @TargetAggregateVersion Long expectedVersion,
                  ExitReason reason, MemberStatus status, int members, LocalDate effectiveOn, CommandContext context)
        implements PartyOrganizationCommand {
}
