package vn.directives.command.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.directives.command.common.CommandContext;
import vn.directives.events.report.ReportBasis;

import java.time.LocalDate;

/**
 * Issue the report of a directive at a cut-off under a number, recording the SHA-256 of the JSON
 * the query side built (and, for the corrected basis, the history position it was built on).
 */
record IssueReport(@TargetAggregateIdentifier String reportId, String directiveId, String number, ReportBasis basis,
                   LocalDate cutOff, Long historyPosition, String sha256, CommandContext context) {
}
