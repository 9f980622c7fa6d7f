package vn.directives.events.report;

/** What happens to one report draft, from its creation to its issue, in its own stream. */
public sealed interface ReportDraftEvent permits ReportDraftCreated, ReportDraftFiguresRefreshed,
        ReportDraftSectionWritten, ReportDraftAddressed, ReportDraftSubmitted, ReportDraftReturned,
        ReportDraftApproved, ReportDraftIssued {
    String draftId();
}
