package vn.directives.events.trainingcourse;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** One or more participants were enrolled in the course, all of them within its capacity. */
@Revision("1")
public record ParticipantsEnrolled(String taskId, List<Participant> participants, LocalDate effectiveOn,
                                   String enrolledBy) implements TrainingCourseEvent {

    public ParticipantsEnrolled {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
