package vn.directives.events.trainingcourse;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The course actually started (khai giảng) on {@code effectiveOn}, which may differ from the
 * planned start. Not the task's opening: for this kind that is {@link TrainingCoursePlanned}.
 */
@Revision("1")
public record TrainingCourseOpened(String taskId, LocalDate effectiveOn, String openedBy)
        implements TrainingCourseEvent {
}
