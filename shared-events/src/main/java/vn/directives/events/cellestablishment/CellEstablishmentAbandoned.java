package vn.directives.events.cellestablishment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The establishment was given up; the task ends without completion and is listed apart. */
@Revision("1")
public record CellEstablishmentAbandoned(String taskId, AbandonmentReason reason, String note,
                                         LocalDate effectiveOn, String abandonedBy) implements CellEstablishmentEvent {
}
