package vn.directives.command.trainingcourse;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.task.TaskKind;
import vn.directives.events.trainingcourse.Participant;

import java.time.LocalDate;
import java.util.List;

/** Enrols one or more people in the course before it opens: all of them, or none. */
record EnrolParticipants(@TargetAggregateIdentifier String taskId, @TargetAggregateVersion Long expectedVersion,
                         List<Participant> participants, LocalDate effectiveOn, CommandContext context)
        implements TaskCommand {

    @Override
    public TaskKind kind() {
        return TaskKind.TRAINING_COURSE;
    }
}
