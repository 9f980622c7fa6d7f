package vn.directives.command.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.directives.events.report.ReportBasis;

import java.time.LocalDate;

/**
 * What the Organization Committee issues: the directive, the report's number (125 in
 * Số 125-BC/BTCTU), the basis and the cut-off date.
 */
record IssueReportRequest(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") String directiveId,
                          @NotBlank @Pattern(regexp = "\\d{1,6}") String number,
                          @NotNull ReportBasis basis,
                          @NotNull @Past LocalDate cutOff) {
}
