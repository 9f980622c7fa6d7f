package vn.directives.command.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/** Give the task its own urging policy: remind N working days before, escalate after M overdue. */
public record SetUrgingPolicy(@TargetAggregateIdentifier String taskId, TaskKind kind,
                              @TargetAggregateVersion Long expectedVersion, int remindWorkingDaysBefore,
                              int escalateAfterWorkingDays, LocalDate effectiveOn, CommandContext context)
        implements TaskCommand {
}
