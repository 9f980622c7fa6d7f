package vn.directives.query.deadlines;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.platform.web.RequestRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Working days by the calendar adopted on the command side (the day table of
 * {@link WorkingCalendarProjection}), counted as the command side counts them: the starting day
 * never counts. A question that reaches a year without an adopted calendar is refused (409)
 * naming the year, never answered as if that year had no holidays.
 */
@Component
public class AdoptedCalendar {

    private final JdbcClient jdbc;

    AdoptedCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * SQL counting the working days after {@code from} up to and including {@code to} (two SQL
     * expressions of type date); zero when {@code to} is not after {@code from}.
     */
    public static String workingDaysBetween(String from, String to) {
        return "(SELECT count(*) FROM query.calendar_day c WHERE c.working AND c.date > " + from
                + " AND c.date <= " + to + ")";
    }

    /**
     * The {@code n}-th working day after {@code start} ({@code start} itself when {@code n} is 0).
     *
     * @throws org.springframework.web.server.ResponseStatusException 409 if the count reaches a
     *                                                                year without an adopted calendar
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n == 0) {
            requireAdopted(start.getYear(), start.getYear());
            return start;
        }
        LocalDate day = jdbc.sql("""
                        SELECT date FROM query.calendar_day
                         WHERE working AND date > :start
                         ORDER BY date OFFSET :skip LIMIT 1""")
                .param("start", start)
                .param("skip", n - 1)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        // No such day: the count ran past the last adopted year. A day found beyond a gap in the
        // adopted years skipped that gap. Either way the first missing year is the answer.
        requireAdopted(start.getYear(), day == null ? Integer.MAX_VALUE : day.getYear());
        return day;
    }

    /** Refuses (409, naming the year) unless every year from {@code from} to {@code to} has an adopted calendar. */
    void requireAdopted(int from, int to) {
        SortedSet<Integer> adopted = new TreeSet<>(jdbc.sql("SELECT year FROM query.calendar_year WHERE year >= :from")
                .param("from", from)
                .query(Integer.class)
                .list());
        int year = from;
        while (year <= to && adopted.contains(year)) {
            year++;
        }
        if (year <= to) {
            throw new RequestRefused(HttpStatus.CONFLICT, "calendar-year-unknown", null,
                    "Năm " + year + " chưa có lịch ngày làm việc (ngày nghỉ lễ, nghỉ bù, làm bù) nên không thể đếm"
                            + " ngày làm việc; hãy bổ sung năm này vào bảng ngày nghỉ của hệ thống.",
                    "Year " + year + " has no adopted working-day calendar (holidays, compensatory days, worked"
                            + " weekend days), so working days cannot be counted; add the year to the holiday table.")
                    .with("year", year);
        }
    }

    /** The years from {@code from} to {@code to} whose calendar is provisional: deadlines there may move. */
    List<Integer> provisionalYears(int from, int to) {
        return jdbc.sql("SELECT year FROM query.calendar_year WHERE provisional AND year BETWEEN :from AND :to ORDER BY year")
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .list();
    }
}
