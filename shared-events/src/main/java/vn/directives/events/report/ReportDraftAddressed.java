package vn.directives.events.report;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * Who receives the report (nơi nhận, one line each, in order) and who signs it:
 * {@code signatureForm} is the line above the title ("T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN"; empty
 * when the head signs under their own title), then the signatory's title and name.
 */
@Revision("1")
public record ReportDraftAddressed(String draftId, List<String> recipients, String signatureForm,
                                   String signatoryTitle, String signatoryName, LocalDate addressedOn,
                                   String addressedBy) implements ReportDraftEvent {
}
