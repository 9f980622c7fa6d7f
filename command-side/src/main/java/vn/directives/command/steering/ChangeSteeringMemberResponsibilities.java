package vn.directives.command.steering;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.steering.Responsibilities;

import java.time.LocalDate;

/** Give the member a new, full set of units and areas to answer for. */
record ChangeSteeringMemberResponsibilities(@TargetAggregateIdentifier String memberId,
                                            @TargetAggregateVersion Long expectedVersion,
                                            Responsibilities responsibilities, LocalDate effectiveOn,
                                            CommandContext context) implements SteeringMemberCommand {
}
