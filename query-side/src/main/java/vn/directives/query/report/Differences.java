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
        Map<String, String> before = figures(asRecorded);
        Map<String, String> after = figures(corrected);
        Set<String> items = new LinkedHashSet<>(after.keySet());
        items.addAll(before.keySet());
        List<YearlyReport.Difference> differences = new ArrayList<>();
        for (String item : items) {
            String was = before.getOrDefault(item, NONE);
            String is = after.getOrDefault(item, NONE);
            if (!was.equals(is)) {
                differences.add(new YearlyReport.Difference(item, was, is));
            }
        }
        return differences;
    }

    private static Map<String, String> figures(YearlyReport report) {
        Map<String, String> figures = new LinkedHashMap<>();
        YearlyReport.Categories c = report.categories();
        figures.put(Category.DONE_ON_TIME.label, String.valueOf(c.doneOnTime()));
        figures.put(Category.DONE_LATE.label, String.valueOf(c.doneLate()));
        figures.put(Category.OPEN_WITHIN_DEADLINE.label, String.valueOf(c.openWithinDeadline()));
        figures.put(Category.OPEN_OVERDUE.label, String.valueOf(c.openOverdue()));
        figures.put("Tỷ lệ quá hạn (%)", String.valueOf(c.overduePercent()));
        figures.put(Category.CANCELLED.label, String.valueOf(c.cancelled()));
        YearlyReport.KindResults r = report.results();
        figures.put("Doanh nghiệp được khảo sát", String.valueOf(r.surveys().enterprisesSurveyed()));
        figures.put("Tổ chức đảng được thành lập", String.valueOf(r.establishments().partyOrganizationsEstablished()));
        figures.put("Đảng viên chuyển sinh hoạt xong", String.valueOf(r.transfers().completed()));
        figures.put("Chuyển sinh hoạt quá hạn", String.valueOf(r.transfers().late()));
        figures.put("Lớp bồi dưỡng đã bế giảng", String.valueOf(r.courses().closed()));
        figures.put("Học viên đạt yêu cầu", String.valueOf(r.courses().passed()));
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
