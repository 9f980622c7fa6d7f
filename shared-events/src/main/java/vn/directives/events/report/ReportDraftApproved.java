package vn.directives.events.report;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The reviewer approved the draft as it stands; only issuing remains. */
@Revision("1")
public record ReportDraftApproved(String draftId, LocalDate approvedOn, String approvedBy)
        implements ReportDraftEvent {
}
