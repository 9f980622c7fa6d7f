package vn.directives.events.trainingcourse;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The course ended on {@code effectiveOn}. The counts come from the recorded results: enrolled,
 * trained (attended), passed, and certificates issued. The task completes with it.
 */
@Revision("1")
public record TrainingCourseClosed(String taskId, int enrolled, int trained, int passed, int certificates,
                                   LocalDate effectiveOn, String closedBy) implements TrainingCourseEvent {
}
