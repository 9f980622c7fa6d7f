package vn.directives.query.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Cell and sentence text as Vietnamese documents write numbers: a decimal comma (33,3%), dates dd/MM/yyyy. */
final class Numbers {

    private Numbers() {
    }

    static String percent(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString().replace('.', ',') + "%";
    }

    static String text(Object value) {
        if (value instanceof ReportTable.Percent percent) {
            return percent(percent.value());
        }
        if (value instanceof PreviousYear.Change change) {
            return change.text();
        }
        if (value instanceof LocalDate date) {
            return Dates.vietnamese(date);
        }
        return value.toString();
    }
}
