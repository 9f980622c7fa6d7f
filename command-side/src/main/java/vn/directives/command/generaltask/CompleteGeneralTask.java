package vn.directives.command.generaltask;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/** The task is done: its product is the document named (number and title as issued). */
record CompleteGeneralTask(@TargetAggregateIdentifier String taskId, @TargetAggregateVersion Long expectedVersion,
                           String productDocument, LocalDate effectiveOn, CommandContext context)
        implements TaskCommand {

    @Override
    public TaskKind kind() {
        return TaskKind.GENERAL;
    }
}
