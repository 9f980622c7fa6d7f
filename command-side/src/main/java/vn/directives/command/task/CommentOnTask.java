package vn.directives.command.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/** Someone who acts on the task, or whose unit coordinates it, says something about it. */
public record CommentOnTask(@TargetAggregateIdentifier String taskId, TaskKind kind, String commentId, String text,
                            CommandContext context) implements TaskCommand {

    /** Comments never conflict with what a user read: they change nothing a step decides on. */
    @Override
    public Long expectedVersion() {
        return null;
    }

    /** A comment is said the day it is written. */
    @Override
    public LocalDate effectiveOn() {
        return null;
    }
}
