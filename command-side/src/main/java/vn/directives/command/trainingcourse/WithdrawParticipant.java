package vn.directives.command.trainingcourse;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.task.TaskKind;
import vn.directives.events.trainingcourse.WithdrawalReason;

import java.time.LocalDate;

/** Takes an enrolled participant off the course before it opens, freeing the place. */
record WithdrawParticipant(@TargetAggregateIdentifier String taskId, @TargetAggregateVersion Long expectedVersion,
                           String participantRef, WithdrawalReason reason, LocalDate effectiveOn,
                           CommandContext context) implements TaskCommand {

    @Override
    public TaskKind kind() {
        return TaskKind.TRAINING_COURSE;
    }
}
