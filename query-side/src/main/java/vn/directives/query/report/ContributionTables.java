package vn.directives.query.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The coordinating units' contributions (đóng góp của đơn vị phối hợp): a row per unit and task,
 * the unit named as at the cut-off, with its progress reports, comments and documents in the
 * period and its latest progress there: typed cells for the workbook ({@link #of}), words for the
 * documents ({@link #inWords}).
 */
final class ContributionTables {

    private ContributionTables() {
    }

    static ReportTable of(YearlyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearlyReport.UnitContribution unit : report.contributions()) {
            for (YearlyReport.ContributedTask task : unit.byTask()) {
                List<Object> row = new ArrayList<>(List.of(unit.unit(), task.pointNumber(), task.title(),
                        task.progressReports(), task.comments(), task.documents()));
                row.addAll(latest(task));
                rows.add(row);
            }
        }
        return new ReportTable("Đơn vị phối hợp", "Đóng góp của các đơn vị phối hợp",
                List.of("Đơn vị phối hợp", "Điểm", "Nhiệm vụ", "Báo cáo tiến độ", "Ý kiến", "Tài liệu",
                        "Tiến độ phần việc gần nhất", "Ngày báo cáo"), rows);
    }

    /**
     * The same rows as the documents print them, readable on an upright page: the point in front of
     * the task ("Điểm 7. …") and the unit named once, on its first row; the workbook keeps the point
     * in a cell of its own and names the unit on every row, for filtering.
     */
    static ReportTable inWords(YearlyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearlyReport.UnitContribution unit : report.contributions()) {
            boolean first = true;
            for (YearlyReport.ContributedTask task : unit.byTask()) {
                List<Object> row = new ArrayList<>(List.of(first ? unit.unit() : "",
                        "Điểm " + task.pointNumber() + ". " + task.title(), task.progressReports(), task.comments(),
                        task.documents()));
                row.addAll(latest(task));
                rows.add(row);
                first = false;
            }
        }
        return new ReportTable("Đơn vị phối hợp", "Đóng góp của các đơn vị phối hợp",
                List.of("Đơn vị phối hợp", "Nhiệm vụ", "Báo cáo tiến độ", "Ý kiến", "Tài liệu", "Tiến độ gần nhất",
                        "Ngày báo cáo"), rows);
    }

    /** The latest progress (a percentage) and its day, each in a cell of its own so neither breaks; empty without. */
    private static List<Object> latest(YearlyReport.ContributedTask task) {
        if (task.latestProgress() == null) {
            return List.of("", "");
        }
        return List.of(new ReportTable.Percent(BigDecimal.valueOf(task.latestProgress())), task.latestProgressOn());
    }

    /** The section's summary sentence; what a unit's percentage means. */
    static String summary(YearlyReport report) {
        Set<String> tasks = new HashSet<>();
        int reports = 0;
        int comments = 0;
        int documents = 0;
        for (YearlyReport.UnitContribution unit : report.contributions()) {
            unit.byTask().forEach(task -> tasks.add(task.taskId()));
            reports += unit.progressReports();
            comments += unit.comments();
            documents += unit.documents();
        }
        return "Trong kỳ, " + report.contributions().size() + " đơn vị phối hợp đã tham gia " + tasks.size()
                + " nhiệm vụ với " + reports + " báo cáo tiến độ, " + comments + " ý kiến và " + documents
                + " tài liệu. Tiến độ do đơn vị phối hợp báo cáo là tiến độ phần việc của đơn vị, không thay"
                + " cho tiến độ chung của nhiệm vụ.";
    }
}
