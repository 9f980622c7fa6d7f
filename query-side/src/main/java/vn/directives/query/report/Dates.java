package vn.directives.query.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese documents write them. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    /** 15/11/2023. */
    static String vietnamese(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /**
     * The date line of a document, "ngày 05 tháng 02 năm 2024", "ngày 20 tháng 11 năm 2023": days below
     * 10 and the months January and February take a leading zero, as Party and State documents write them.
     */
    static String dateLine(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(),
                month < 3 ? "0" + month : Integer.toString(month), date.getYear());
    }
}
