package vn.directives.events.report;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The draft's figures were folded again, from the history up to {@code figuresPosition}. */
@Revision("1")
public record ReportDraftFiguresRefreshed(String draftId, long figuresPosition, LocalDate refreshedOn,
                                          String refreshedBy) implements ReportDraftEvent {
}
