package vn.directives.command.calendar;

import org.springframework.http.HttpStatus;
import vn.directives.platform.web.RequestRefused;

import java.util.SortedSet;

/**
 * A working-day question about a year the holiday table does not cover. Answering as if that year
 * had no holidays would put deadlines on Tết, so the question is refused instead.
 */
public class UnknownCalendarYearException extends RequestRefused {

    private final int year;

    UnknownCalendarYearException(int year, SortedSet<Integer> knownYears) {
        super(HttpStatus.CONFLICT, "calendar-year-unknown", null,
                "Lịch ngày làm việc chưa có năm " + year + "; quản trị viên cần bổ sung lịch nghỉ lễ của năm này.",
                "The working-day calendar has no year " + year + " (known years: " + knownYears
                        + "); an administrator must add its holidays to the file named by directives.calendar.file.");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
