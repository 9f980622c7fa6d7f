package vn.directives.events.calendar;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The working-day calendar of {@code year} now in force: Monday to Friday, except the
 * {@code daysOff}, plus the {@code workedWeekendDays} (làm bù). Recorded when the calendar the
 * command side runs with differs from the last one adopted for that year.
 *
 * @param provisional whether the days off follow the Labour Code's rule rather than the
 *                    Government's announcement for the year (deadlines may move when it comes)
 * @param source      where the calendar was read from (the bundled table or an operator's file)
 * @param adoptedOn   the day it was adopted, in the province's time zone
 */
@Revision("1")
public record WorkingCalendarYearAdopted(int year, List<DayOff> daysOff, List<LocalDate> workedWeekendDays,
                                         boolean provisional, String source, LocalDate adoptedOn)
        implements WorkingCalendarEvent {

    public WorkingCalendarYearAdopted {
        daysOff = daysOff == null ? List.of() : List.copyOf(daysOff);
        workedWeekendDays = workedWeekendDays == null ? List.of() : List.copyOf(workedWeekendDays);
    }
}
