package vn.directives.command.cellestablishment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

record AbandonCellEstablishment(@TargetAggregateIdentifier String taskId,
                                @TargetAggregateVersion Long expectedVersion, AbandonmentReason reason, String note,
                                LocalDate effectiveOn, CommandContext context) implements TaskCommand {

    @Override
    public TaskKind kind() {
        return TaskKind.CELL_ESTABLISHMENT;
    }
}
