package vn.directives.command.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/** The task is given to another Steering Committee member. */
public record ReassignTask(@TargetAggregateIdentifier String taskId, TaskKind kind,
                           @TargetAggregateVersion Long expectedVersion, String toMemberId, String reason,
                           LocalDate effectiveOn, CommandContext context) implements TaskCommand {
}
