package vn.directives.events.report;

/** What happens to one yearly report to the Standing Committee, in its own stream. */
public sealed interface ReportEvent permits ReportIssued {
    String reportId();
}
