package vn.directives.command.steering;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** Relieve the member of their duties on the Steering Committee. */
record RelieveSteeringMember(@TargetAggregateIdentifier String memberId, @TargetAggregateVersion Long expectedVersion,
                             String reason, LocalDate effectiveOn, CommandContext context)
        implements SteeringMemberCommand {
}
