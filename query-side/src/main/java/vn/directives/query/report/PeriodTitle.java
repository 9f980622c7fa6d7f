package vn.directives.query.report;

import java.time.LocalDate;
import java.time.Period;

/**
 * What a report of a period is called: a year's report (báo cáo năm), an interim one over whole
 * months (sơ kết 4 tháng, 6 tháng đầu năm), a final one over several years since the directive
 * was issued (tổng kết), or a report from one date to another. The title's second line and the
 * introduction's phrase follow from it.
 */
record PeriodTitle(String kind, String titleLine, String phrase) {

    static PeriodTitle of(LocalDate from, LocalDate to, YearlyReport.Directive directive) {
        String name = Wording.directiveName(directive);
        LocalDate end = to.plusDays(1);
        Period length = Period.between(from, end);
        boolean wholeMonths = from.getDayOfMonth() == end.getDayOfMonth();
        if (from.equals(to.minusYears(1).plusDays(1))) {
            return new PeriodTitle("YEAR", "Kết quả thực hiện " + name + " năm " + to.getYear(),
                    "năm " + to.getYear());
        }
        if (from.equals(directive.issuedOn()) && length.getYears() >= 2) {
            int years = length.getYears() + (length.getMonths() >= 6 ? 1 : 0);
            String span = years + " năm thực hiện " + name + " (" + from.getYear() + " - " + to.getYear() + ")";
            return new PeriodTitle("MULTI_YEAR", "Tổng kết " + span, span);
        }
        if (wholeMonths && length.getYears() == 0 && length.getMonths() > 0) {
            String months = length.getMonths() + " tháng" + (from.getDayOfMonth() == 1 && from.getMonthValue() == 1
                    ? " đầu năm " + from.getYear() : " (" + Dates.vietnamese(from) + " - " + Dates.vietnamese(to) + ")");
            return new PeriodTitle("MONTHS", "Sơ kết " + months + " thực hiện " + name, months);
        }
        String span = "từ ngày " + Dates.vietnamese(from) + " đến ngày " + Dates.vietnamese(to);
        return new PeriodTitle("PERIOD", "Kết quả thực hiện " + name + " " + span, span);
    }
}
