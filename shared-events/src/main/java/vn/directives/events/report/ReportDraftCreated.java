package vn.directives.events.report;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The Organization Committee began a report of {@code directiveId} for the period
 * {@code periodFrom}-{@code periodTo} (the cut-off is the end of {@code periodTo}) on {@code basis}.
 * Its figures are those of the history up to the global index {@code figuresPosition}, the last
 * event stored when the draft was created, so they stay as they were until refreshed.
 */
@Revision("1")
public record ReportDraftCreated(String draftId, String directiveId, LocalDate periodFrom, LocalDate periodTo,
                                 ReportBasis basis, long figuresPosition, LocalDate createdOn, String createdBy)
        implements ReportDraftEvent {
}
