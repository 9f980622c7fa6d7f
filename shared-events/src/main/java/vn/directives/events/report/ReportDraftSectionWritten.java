package vn.directives.events.report;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** One narrative section of the draft was (re)written: its whole new text, empty to clear it. */
@Revision("1")
public record ReportDraftSectionWritten(String draftId, DraftSection section, String text, LocalDate writtenOn,
                                        String writtenBy) implements ReportDraftEvent {
}
