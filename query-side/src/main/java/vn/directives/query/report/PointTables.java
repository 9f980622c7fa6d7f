package vn.directives.query.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The section per point of the directive: for each point its tasks in the four categories, by
 * kind, and its general tasks' products and progress, beside the same period of the previous year
 * when there is one. The document shows a table per point; the workbook one sheet for all.
 */
final class PointTables {

    private PointTables() {
    }

    /**
     * One point's figures ({@code before}: the same point a year earlier, null without the previous
     * year). {@code compact} (the documents) leaves out the kinds of task and the general tasks' lines
     * that are 0 in both years, so that eight points read in a few pages; the JSON keeps every line.
     */
    static ReportTable of(YearlyReport.PointRow now, YearlyReport.PointRow before, boolean withPrevious,
                          boolean compact) {
        FigureRows rows = new FigureRows(withPrevious);
        add(rows, "", now, before, compact);
        return rows.table("Điểm " + now.number(), "Điểm " + now.number() + ". " + now.text());
    }

    /** Every point in one table, each row named by its point (the workbook's sheet). */
    static ReportTable all(YearlyReport current, YearlyReport previous) {
        FigureRows rows = new FigureRows(previous != null);
        for (YearlyReport.PointRow now : current.points()) {
            add(rows, "Điểm " + now.number() + ": ", now, previousOf(previous, now.number()), false);
        }
        return rows.table("Theo điểm", "Kết quả thực hiện theo từng điểm của chỉ thị");
    }

    static YearlyReport.PointRow previousOf(YearlyReport previous, int number) {
        if (previous == null) {
            return null;
        }
        return previous.points().stream().filter(p -> p.number() == number).findFirst().orElse(null);
    }

    /** The products delivered under a point in the period, as a sentence; null when there is none. */
    static String products(YearlyReport.PointRow point) {
        List<String> products = point.general().products();
        return products.isEmpty() ? null : "Sản phẩm đã hoàn thành trong kỳ: " + String.join("; ", products) + ".";
    }

    private static void add(FigureRows rows, String prefix, YearlyReport.PointRow now, YearlyReport.PointRow before,
                            boolean compact) {
        YearlyReport.Categories c = now.categories();
        YearlyReport.Categories b = before == null ? null : before.categories();
        rows.count(prefix + "Hoàn thành đúng hạn", (long) c.doneOnTime(), b == null ? null : (long) b.doneOnTime());
        rows.count(prefix + "Hoàn thành quá hạn", (long) c.doneLate(), b == null ? null : (long) b.doneLate());
        rows.count(prefix + "Đang thực hiện trong hạn", (long) c.openWithinDeadline(),
                b == null ? null : (long) b.openWithinDeadline());
        rows.count(prefix + "Quá hạn chưa hoàn thành", (long) c.openOverdue(), b == null ? null : (long) b.openOverdue());
        rows.count(prefix + "Tổng số nhiệm vụ", (long) c.total(), b == null ? null : (long) b.total());
        rows.share(prefix + "Tỷ lệ quá hạn", c.overduePercent(), b == null ? null : b.overduePercent());
        rows.count(prefix + "Nhiệm vụ đã hủy", (long) c.cancelled(), b == null ? null : (long) b.cancelled());
        List<YearlyReport.Count> kinds = now.tasksByKind();
        for (int i = 0; i < kinds.size(); i++) {
            Long previousCount = before == null ? null : before.tasksByKind().get(i).count();
            if (compact && kinds.get(i).count() == 0 && (previousCount == null || previousCount == 0)) {
                continue;
            }
            rows.count(prefix + kinds.get(i).label(), kinds.get(i).count(), previousCount);
        }
        YearlyReport.GeneralWork g = now.general();
        YearlyReport.GeneralWork gb = before == null ? null : before.general();
        if (compact && g.tasks() == 0 && g.subTasks() == 0 && (gb == null || gb.tasks() == 0 && gb.subTasks() == 0)) {
            return;
        }
        rows.count(prefix + "Nhiệm vụ chung: sản phẩm đã hoàn thành", (long) g.productsDelivered(),
                gb == null ? null : (long) gb.productsDelivered());
        rows.share(prefix + "Nhiệm vụ chung: tiến độ bình quân", g.averageProgress(),
                gb == null ? null : gb.averageProgress());
        rows.count(prefix + "Nhiệm vụ giao cấp dưới thực hiện", (long) g.subTasks(), gb == null ? null : (long) gb.subTasks());
    }

    /** Every point's table with the previous year's point beside it. */
    static List<ReportTable> each(YearlyReport current, YearlyReport previous) {
        List<ReportTable> tables = new ArrayList<>();
        for (YearlyReport.PointRow point : current.points()) {
            tables.add(of(point, previousOf(previous, point.number()), previous != null, true));
        }
        return tables;
    }
}
