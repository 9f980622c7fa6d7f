package vn.directives.command.directive;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** Set how the directive's tasks are urged unless a task has its own policy. */
record SetDirectiveUrgingPolicy(@TargetAggregateIdentifier String directiveId,
                                @TargetAggregateVersion Long expectedVersion, int remindWorkingDaysBefore,
                                int escalateAfterWorkingDays, LocalDate effectiveOn, CommandContext context) {
}
