package vn.directives.command.calendar;

import java.util.SortedSet;

/**
 * A working-day question about a year the holiday table does not cover. Answering as if that year
 * had no holidays would put deadlines on Tết, so the question is refused instead.
 */
public class UnknownCalendarYearException extends RuntimeException {

    private final int year;

    UnknownCalendarYearException(int year, SortedSet<Integer> knownYears) {
        super("The working-day calendar has no holiday table for year " + year + " (known years: "
                + knownYears + "); add the year to the file named by directives.calendar.file");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
