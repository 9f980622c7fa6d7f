package vn.directives.query.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every figure of a report beside the same period of the previous year and the change: task
 * categories, results by kind, the indicators (achieved, total, share) and the totals. A share
 * with nothing to divide was not measurable and reads "chưa có số liệu", never 0.
 */
final class PreviousYear {

    static final String NO_DATA = "chưa có số liệu";

    private PreviousYear() {
    }

    static ReportTable table(YearlyReport current, YearlyReport previous) {
        List<List<Object>> rows = new ArrayList<>();
        categories(rows, "Nhiệm vụ", current.categories(), previous.categories());
        List<List<Object>> now = ReportTables.results(current).rows();
        List<List<Object>> before = ReportTables.results(previous).rows();
        for (int i = 0; i < now.size(); i++) {
            rows.add(count(now.get(i).get(0) + ": " + now.get(i).get(1), (Integer) now.get(i).get(2),
                    (Integer) before.get(i).get(2)));
        }
        for (int i = 0; i < current.indicators().size(); i++) {
            YearlyReport.IndicatorRow n = current.indicators().get(i);
            YearlyReport.IndicatorRow b = previous.indicators().get(i);
            rows.add(count(n.code() + " " + n.label() + ": đạt", n.numerator(), b.numerator()));
            rows.add(count(n.code() + ": tổng số", n.denominator(), b.denominator()));
            rows.add(share(n.code() + ": tỷ lệ", n.percent(), b.percent()));
        }
        return new ReportTable("So với cùng kỳ", "So sánh với cùng kỳ năm trước",
                List.of("Nội dung", "Cùng kỳ năm trước", "Kỳ này", "Tăng (+), giảm (-)"), rows);
    }

    private static void categories(List<List<Object>> rows, String prefix, YearlyReport.Categories now,
                                   YearlyReport.Categories before) {
        rows.add(count(prefix + ": hoàn thành đúng hạn", now.doneOnTime(), before.doneOnTime()));
        rows.add(count(prefix + ": hoàn thành quá hạn", now.doneLate(), before.doneLate()));
        rows.add(count(prefix + ": đang thực hiện trong hạn", now.openWithinDeadline(), before.openWithinDeadline()));
        rows.add(count(prefix + ": quá hạn chưa hoàn thành", now.openOverdue(), before.openOverdue()));
        rows.add(count(prefix + ": tổng số", now.total(), before.total()));
        rows.add(share(prefix + ": tỷ lệ quá hạn", now.overduePercent(), before.overduePercent()));
        rows.add(count(prefix + ": đã hủy", now.cancelled(), before.cancelled()));
    }

    private static List<Object> count(String item, long now, long before) {
        return List.of(item, before, now, new Change(BigDecimal.valueOf(now - before), false));
    }

    private static List<Object> share(String item, BigDecimal now, BigDecimal before) {
        return List.of(item, before == null ? NO_DATA : new ReportTable.Percent(before),
                now == null ? NO_DATA : new ReportTable.Percent(now),
                now == null || before == null ? NO_DATA : new Change(now.subtract(before), true));
    }

    /** A change with its sign (+3, -1, +5,0 điểm %); in the workbook, the signed number. */
    record Change(BigDecimal value, boolean points) {

        String text() {
            String number = value.toPlainString().replace('.', ',');
            return (value.signum() > 0 ? "+" : "") + number + (points ? " điểm %" : "");
        }
    }
}
