package vn.directives.events.cellestablishment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The decision was announced at a ceremony (lễ công bố); {@code effectiveOn} is its date. */
@Revision("1")
public record EstablishmentAnnounced(String taskId, String place, LocalDate effectiveOn, String recordedBy)
        implements CellEstablishmentEvent {
}
