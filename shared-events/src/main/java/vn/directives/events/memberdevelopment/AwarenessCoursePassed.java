package vn.directives.events.memberdevelopment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The candidate passed the Party awareness course (lớp bồi dưỡng nhận thức về Đảng), as the training
 * course {@code trainingCourseId} recorded it; {@code effectiveOn} is the date of that result.
 */
@Revision("1")
public record AwarenessCoursePassed(String candidateRef, String trainingCourseId, LocalDate effectiveOn,
                                    String recordedBy) implements MemberDevelopmentEvent {
}
