package vn.directives.command.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/** The Organization Committee approves a pending extension. */
public record ApproveDueDateExtension(@TargetAggregateIdentifier String taskId, TaskKind kind,
                                      @TargetAggregateVersion Long expectedVersion, String extensionId,
                                      LocalDate effectiveOn, CommandContext context) implements TaskCommand {
}
