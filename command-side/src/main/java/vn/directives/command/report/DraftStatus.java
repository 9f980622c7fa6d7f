package vn.directives.command.report;

/** Where a report draft stands: written, under review, approved, issued (final). */
enum DraftStatus {
    DRAFT, SUBMITTED, APPROVED, ISSUED
}
