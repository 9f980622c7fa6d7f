package vn.directives.events.trainingcourse;

import org.axonframework.serialization.Revision;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;
import vn.directives.events.task.TaskOpening;

import java.time.LocalDate;

/**
 * A training course was planned: its kind, the unit that organizes it, the planned dates and
 * how many people it can take. This opens the task; the course itself opens later.
 */
@Revision("1")
public record TrainingCoursePlanned(String taskId, TaskHeader task, CourseKind courseKind, String organizerUnitId,
                                    LocalDate plannedStart, LocalDate plannedEnd, int capacity,
                                    LocalDate openedOn, String openedBy)
        implements TrainingCourseEvent, TaskOpening {

    @Override
    public TaskKind kind() {
        return TaskKind.TRAINING_COURSE;
    }
}
