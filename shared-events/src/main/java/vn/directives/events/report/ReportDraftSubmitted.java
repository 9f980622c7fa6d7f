package vn.directives.events.report;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The draft was submitted for review; it is not edited until returned. */
@Revision("1")
public record ReportDraftSubmitted(String draftId, LocalDate submittedOn, String submittedBy)
        implements ReportDraftEvent {
}
