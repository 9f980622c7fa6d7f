package vn.directives.command.generaltask;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/**
 * Report how far the work is (0–100 %) and what was done; a lower figure than before needs a
 * reason. {@code coordinatingUnitId}, optional, names the coordinating unit whose contribution it
 * is (the actor's own unit); an officer of a coordinating unit reports for it even without naming it.
 */
record ReportProgress(@TargetAggregateIdentifier String taskId, @TargetAggregateVersion Long expectedVersion,
                      int percentage, String text, String reason, String coordinatingUnitId, LocalDate effectiveOn,
                      CommandContext context) implements TaskCommand {

    @Override
    public TaskKind kind() {
        return TaskKind.GENERAL;
    }
}
