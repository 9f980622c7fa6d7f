package vn.directives.command.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.directives.events.report.ReportBasis;

import java.time.LocalDate;

/**
 * What the Organization Committee issues: the directive, the report's number (125 in
 * Số 125-BC/BTCTU), the basis and the cut-off date. A cut-off not yet over is the report's own
 * rule ({@code cut-off-not-over}, 409), judged on the command side's clock, not a {@code @Past} here.
 */
record IssueReportRequest(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") String directiveId,
                          @NotBlank @Pattern(regexp = "\\d{1,6}") String number,
                          @NotNull ReportBasis basis,
                          @NotNull LocalDate cutOff) {
}
