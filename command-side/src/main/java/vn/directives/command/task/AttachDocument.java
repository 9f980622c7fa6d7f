package vn.directives.command.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/**
 * Someone who acts on the task, or whose unit coordinates it, attaches a document whose size,
 * type and hash were already checked where it was received ({@link Document}).
 */
public record AttachDocument(@TargetAggregateIdentifier String taskId, TaskKind kind, Document document,
                             CommandContext context) implements TaskCommand {

    @Override
    public Long expectedVersion() {
        return null;
    }

    @Override
    public LocalDate effectiveOn() {
        return null;
    }
}
