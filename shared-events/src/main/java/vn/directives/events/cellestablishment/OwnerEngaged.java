package vn.directives.events.cellestablishment;

import org.axonframework.serialization.Revision;
import vn.directives.events.survey.OwnerAttitude;

import java.time.LocalDate;

/**
 * The enterprise's owner was engaged (vận động chủ doanh nghiệp) and stated an attitude; recorded
 * again whenever the attitude changes, the last one counts. The note is free text without
 * personal data.
 */
@Revision("1")
public record OwnerEngaged(String taskId, OwnerAttitude attitude, String note, LocalDate effectiveOn,
                           String engagedBy) implements CellEstablishmentEvent {
}
