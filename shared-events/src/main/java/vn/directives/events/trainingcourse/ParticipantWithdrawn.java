package vn.directives.events.trainingcourse;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An enrolled participant was withdrawn before the course opened; the place is free again. */
@Revision("1")
public record ParticipantWithdrawn(String taskId, String participantRef, WithdrawalReason reason,
                                   LocalDate effectiveOn, String withdrawnBy) implements TrainingCourseEvent {
}
