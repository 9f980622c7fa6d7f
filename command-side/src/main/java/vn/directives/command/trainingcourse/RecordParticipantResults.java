package vn.directives.command.trainingcourse;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.task.TaskKind;
import vn.directives.events.trainingcourse.ParticipantResult;

import java.time.LocalDate;
import java.util.List;

/** Records attendance and results of enrolled participants once the course has opened. */
record RecordParticipantResults(@TargetAggregateIdentifier String taskId, @TargetAggregateVersion Long expectedVersion,
                                List<ParticipantResult> results, LocalDate effectiveOn, CommandContext context)
        implements TaskCommand {

    @Override
    public TaskKind kind() {
        return TaskKind.TRAINING_COURSE;
    }
}
