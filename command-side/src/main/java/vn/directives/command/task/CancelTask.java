package vn.directives.command.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/** The task is ended without being done. */
public record CancelTask(@TargetAggregateIdentifier String taskId, TaskKind kind,
                         @TargetAggregateVersion Long expectedVersion, String reason,
                         LocalDate effectiveOn, CommandContext context) implements TaskCommand {
}
