package vn.directives.events.report;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The reviewer returned the draft for changes, with their comments; it is a draft again. */
@Revision("1")
public record ReportDraftReturned(String draftId, String comments, LocalDate returnedOn, String returnedBy)
        implements ReportDraftEvent {
}
