package vn.directives.events.report;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A report was issued (ban hành) under {@code number}: the report of {@code directiveId} at
 * {@code cutOff} on {@code basis}, folded from the history up to {@code historyPosition} (the
 * last global index the report read; null for a report as recorded, which is bounded by the
 * cut-off itself). {@code sha256} is the hex SHA-256 of the report's JSON bytes, so that anyone
 * can regenerate the report and prove what was submitted.
 */
@Revision("1")
public record ReportIssued(String reportId, String directiveId, String number, ReportBasis basis, LocalDate cutOff,
                           Long historyPosition, String sha256, LocalDate issuedOn, String issuedBy)
        implements ReportEvent {
}
