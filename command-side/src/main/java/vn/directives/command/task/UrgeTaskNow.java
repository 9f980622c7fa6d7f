package vn.directives.command.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/** The Organization Committee or the lead unit urges the open task on the spot, with a message. */
public record UrgeTaskNow(@TargetAggregateIdentifier String taskId, TaskKind kind, String noticeId, String message,
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
