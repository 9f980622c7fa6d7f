package vn.directives.command.calendar;

import vn.directives.events.calendar.DayOff;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What makes one year's calendar: its days off with their names, its worked weekend days, and
 * whether it is provisional. Two contents are equal when they give the same calendar, whatever
 * file they were read from; lists are kept in date order so that equality ignores input order.
 */
record CalendarYearContent(List<DayOff> daysOff, List<LocalDate> workedWeekendDays, boolean provisional) {

    CalendarYearContent {
        daysOff = daysOff.stream().sorted(Comparator.comparing(DayOff::date)).toList();
        workedWeekendDays = workedWeekendDays.stream().sorted().toList();
    }

    static CalendarYearContent of(HolidayYear year) {
        return new CalendarYearContent(
                year.daysOff().entrySet().stream().map(day -> new DayOff(day.getKey(), day.getValue())).toList(),
                year.workedWeekendDays().keySet().stream().toList(),
                year.provisional());
    }
}
