package vn.directives.events.report;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The approved draft was issued (ban hành) as Số {@code number}-{@code numberSuffix} on
 * {@code issuedOn}; the number is unique per issuing body ({@code numberSuffix}, e.g. BC/BTCTU)
 * and year. The hashes are the hex SHA-256 of the exact bytes of the issued document in each
 * format, kept beside the event store, so that any copy can be verified later.
 */
@Revision("1")
public record ReportDraftIssued(String draftId, String directiveId, String number, String numberSuffix,
                                LocalDate issuedOn, String jsonSha256, String docxSha256, String xlsxSha256,
                                String pdfSha256, String issuedBy) implements ReportDraftEvent {
}
