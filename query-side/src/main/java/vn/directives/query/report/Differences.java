package vn.directives.query.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of a corrected report that differ from the same report as recorded: the category
 * counts, the results per kind, the indicators, and each task's category and due date. Facts
 * recorded after the cut-off day (a completion entered late, an extension decided late) show here.
 */
final class Differences {

    private static final String NONE = "—";

    private Differences() {
    }

    static List<YearlyReport.Difference> between(YearlyReport asRecorded, YearlyReport corrected) {
        Map<String, Object> before = figures(asRecorded);
        Map<String, Object> after = figures(corrected);
        Set<String> items = new LinkedHashSet<>(after.keySet());
        items.addAll(before.keySet());
        List<YearlyReport.Difference> differences = new ArrayList<>();
        for (String item : items) {
            Object was = before.getOrDefault(item, NONE);
            Object is = after.getOrDefault(item, NONE);
            if (!Numbers.text(was).equals(Numbers.text(is))) {
                differences.add(new YearlyReport.Difference(item, was, is));
            }
        }
        return differences;
    }

    /**
     * Each figure as a typed value (a count, a percentage, or text), so that the document writes it
     * as Vietnamese text (50,0%) and the workbook as a number it can compute with.
     */
    private static Map<String, Object> figures(YearlyReport report) {
        Map<String, Object> figures = new LinkedHashMap<>();
        YearlyReport.Categories c = report.categories();
        figures.put(Category.DONE_ON_TIME.label, c.doneOnTime());
        figures.put(Category.DONE_LATE.label, c.doneLate());
        figures.put(Category.OPEN_WITHIN_DEADLINE.label, c.openWithinDeadline());
        figures.put(Category.OPEN_OVERDUE.label, c.openOverdue());
        figures.put("Tỷ lệ quá hạn", new ReportTable.Percent(c.overduePercent()));
        figures.put(Category.CANCELLED.label, c.cancelled());
        YearlyReport.KindResults r = report.results();
        figures.put("Doanh nghiệp được khảo sát", r.surveys().enterprisesSurveyed());
        figures.put("Tổ chức đảng được thành lập", r.establishments().partyOrganizationsEstablished());
        figures.put("Đảng viên chuyển sinh hoạt xong", r.transfers().completed());
        figures.put("Chuyển sinh hoạt quá hạn", r.transfers().late());
        figures.put("Lớp bồi dưỡng đã bế giảng", r.courses().closed());
        figures.put("Học viên đạt yêu cầu", r.courses().passed());
        for (YearlyReport.IndicatorRow indicator : report.indicators()) {
            figures.put(indicator.code() + " (" + indicator.label() + ")",
                    indicator.numerator() + "/" + indicator.denominator());
        }
        for (YearlyReport.TaskLine task : report.tasks()) {
            figures.put("Nhiệm vụ \u201C" + task.title() + "\u201D",
                    task.categoryLabel() + ", hạn " + Dates.vietnamese(task.dueOn()));
        }
        return figures;
    }
}
