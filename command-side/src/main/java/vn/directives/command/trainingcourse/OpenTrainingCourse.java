package vn.directives.command.trainingcourse;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/** The course starts (khai giảng); {@code effectiveOn} is the day it actually started. */
record OpenTrainingCourse(@TargetAggregateIdentifier String taskId, @TargetAggregateVersion Long expectedVersion,
                          LocalDate effectiveOn, CommandContext context) implements TaskCommand {

    @Override
    public TaskKind kind() {
        return TaskKind.TRAINING_COURSE;
    }
}
