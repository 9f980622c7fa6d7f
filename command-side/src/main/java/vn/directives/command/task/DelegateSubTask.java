package vn.directives.command.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Give a part of the task to a lower-level unit as a new general task ({@code subTaskId}), with
 * its own assignee and a due date no later than the task's. Handled by the parent task, which
 * checks the rules and opens the sub-task in the same transaction.
 */
public record DelegateSubTask(@TargetAggregateIdentifier String taskId, TaskKind kind,
                              @TargetAggregateVersion Long expectedVersion, String subTaskId, String title,
                              String description, String expectedProduct, String leadUnitId,
                              List<String> coordinatingUnitIds, String assigneeId, LocalDate dueDate,
                              LocalDate effectiveOn, CommandContext context) implements TaskCommand {

    public DelegateSubTask {
        coordinatingUnitIds = coordinatingUnitIds == null ? List.of() : List.copyOf(coordinatingUnitIds);
    }
}
