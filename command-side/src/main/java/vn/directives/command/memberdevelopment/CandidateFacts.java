package vn.directives.command.memberdevelopment;

import vn.directives.events.trainingcourse.CourseKind;

import java.time.LocalDate;
import java.util.Optional;

/** What the candidate's rules consult about enterprises and training courses, kept by {@link CandidateLookup}. */
interface CandidateFacts {

    /** One participant's latest recorded result in a course. */
    record CourseResult(boolean passed, LocalDate recordedOn) {
    }

    /** Whether the enterprise is in the registry or has a Party organization. */
    boolean isEnterpriseKnown(String taxCode);

    /** The kind of the training course, if it was planned. */
    Optional<CourseKind> courseKind(String trainingCourseId);

    /** The participant's latest result in the course, if one was recorded. */
    Optional<CourseResult> result(String trainingCourseId, String participantRef);
}
