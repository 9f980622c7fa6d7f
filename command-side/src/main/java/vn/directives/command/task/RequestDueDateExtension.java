package vn.directives.command.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/** A later due date is asked for. */
public record RequestDueDateExtension(@TargetAggregateIdentifier String taskId, TaskKind kind,
                                      @TargetAggregateVersion Long expectedVersion, String extensionId,
                                      LocalDate requestedDueDate, String reason,
                                      LocalDate effectiveOn, CommandContext context) implements TaskCommand {
}
