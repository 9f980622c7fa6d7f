package vn.directives.query.report;

import java.util.List;

/**
 * What a document says beyond its figures: the title's second line, the period as the
 * introduction names it, the Organization Committee's own sections, the recipients and the
 * signature block. The yearly report has fixed wording; a draft has the committee's.
 *
 * @param comparison the figures beside the same period of the previous year; null leaves the section out
 * @param previous   the same period a year earlier, beside each point's and the sector's figures; null: none
 */
record Wording(String titleLine, String periodPhrase, List<Narrative> narrative, List<String> recipients,
               String signatureForm, String signatoryTitle, String signatoryName, ReportTable comparison,
               YearlyReport previous) {

    /** One section in the committee's words, under its numbered heading; blank text prints "chưa có nội dung". */
    record Narrative(String heading, String text) {
    }

    /**
     * The yearly report's own wording. "T/M" (on behalf of) belongs to collective leadership bodies
     * (a Standing Committee, a Party Committee); the Organization Committee is an advisory body of
     * the Party Committee, whose head signs under their own title, and a deputy as "K/T TRƯỞNG BAN /
     * PHÓ TRƯỞNG BAN".
     */
    static Wording yearly(YearlyReport report, Letterhead letterhead) {
        String year = "năm " + report.cutOff().getYear();
        return new Wording("Kết quả thực hiện " + directiveName(report.directive()) + " " + year, year, List.of(),
                List.of(report.directive().reportTo() + " (để báo cáo),", "Các đồng chí thành viên Ban Chỉ đạo,",
                        "Lưu " + letterhead.issuingBodyName() + "."),
                "", "TRƯỞNG BAN", "", null, null);
    }

    static String directiveName(YearlyReport.Directive directive) {
        return directive.kindLabel() + " số " + directive.number();
    }
}
