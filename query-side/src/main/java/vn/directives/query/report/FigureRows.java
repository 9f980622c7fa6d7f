package vn.directives.query.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of figures for a table: with the same period of the previous year, each row is the item,
 * last year's value, this period's and the change; without it (the yearly report), the item and
 * the value. A figure nothing was recorded for reads "chưa có số liệu", and so does a change
 * beside one: an unknown figure is never written as 0.
 */
final class FigureRows {

    static final List<String> WITH_PREVIOUS = List.of("Tiêu chí", "Cùng kỳ năm trước", "Kỳ này",
            "Tăng (+), giảm (-)");
    static final List<String> WITHOUT_PREVIOUS = List.of("Tiêu chí", "Số liệu");

    private final boolean withPrevious;
    private final List<List<Object>> rows = new ArrayList<>();

    FigureRows(boolean withPrevious) {
        this.withPrevious = withPrevious;
    }

    /** A count; {@code before} is ignored without the previous year. */
    FigureRows count(String item, Long now, Long before) {
        Object current = now == null ? PreviousYear.NO_DATA : now;
        if (!withPrevious) {
            rows.add(List.of(item, current));
        } else {
            rows.add(List.of(item, before == null ? PreviousYear.NO_DATA : before, current,
                    now == null || before == null ? PreviousYear.NO_DATA
                            : new PreviousYear.Change(BigDecimal.valueOf(now - before), false)));
        }
        return this;
    }

    /** A percentage; null is a share with nothing to divide. */
    FigureRows share(String item, BigDecimal now, BigDecimal before) {
        Object current = now == null ? PreviousYear.NO_DATA : new ReportTable.Percent(now);
        if (!withPrevious) {
            rows.add(List.of(item, current));
        } else {
            rows.add(List.of(item, before == null ? PreviousYear.NO_DATA : new ReportTable.Percent(before), current,
                    now == null || before == null ? PreviousYear.NO_DATA
                            : new PreviousYear.Change(now.subtract(before), true)));
        }
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    List<List<Object>> rows() {
        return rows;
    }

    ReportTable table(String sheet, String title) {
        return new ReportTable(sheet, title, withPrevious ? WITH_PREVIOUS : WITHOUT_PREVIOUS, rows);
    }

    static Long boxed(long value) {
        return value;
    }
}
