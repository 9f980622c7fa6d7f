package vn.directives.events.trainingcourse;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * Attendance and results of one or more enrolled participants were recorded; a later record for
 * the same participant replaces the earlier one.
 */
@Revision("1")
public record ParticipantResultsRecorded(String taskId, List<ParticipantResult> results, LocalDate effectiveOn,
                                         String recordedBy) implements TrainingCourseEvent {

    public ParticipantResultsRecorded {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
