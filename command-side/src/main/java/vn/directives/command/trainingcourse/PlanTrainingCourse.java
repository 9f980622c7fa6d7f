package vn.directives.command.trainingcourse;

import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.trainingcourse.CourseKind;

import java.time.LocalDate;

/** Opens a training-course task with the course's plan. */
record PlanTrainingCourse(String taskId, TaskHeader task, CourseKind courseKind, String organizerUnitId,
                          LocalDate plannedStart, LocalDate plannedEnd, int capacity, LocalDate openedOn,
                          CommandContext context) {
}
