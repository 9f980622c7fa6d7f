package vn.directives.command.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/** The Organization Committee rejects a pending extension. */
public record RejectDueDateExtension(@TargetAggregateIdentifier String taskId, TaskKind kind,
                                     @TargetAggregateVersion Long expectedVersion, String extensionId, String reason,
                                     LocalDate effectiveOn, CommandContext context) implements TaskCommand {
}
