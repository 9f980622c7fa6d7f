package vn.directives.command.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The days off and worked weekend days of one year, with their Vietnamese names.
 *
 * @param provisional whether the year follows the rule rather than the Government's announcement
 */
record HolidayYear(int year, boolean provisional, Map<LocalDate, String> daysOff,
                   Map<LocalDate, String> workedWeekendDays) {

    HolidayYear {
        daysOff = Map.copyOf(daysOff);
        workedWeekendDays = Map.copyOf(workedWeekendDays);
    }

    /** The year of {@code entries}, all dated in {@code year} and of one status. */
    static HolidayYear of(int year, List<HolidayEntry> entries) {
        long statuses = entries.stream().map(HolidayEntry::status).distinct().count();
        if (statuses != 1) {
            throw new IllegalArgumentException("year " + year + " mixes official and provisional lines");
        }
        Map<LocalDate, String> daysOff = new TreeMap<>();
        Map<LocalDate, String> worked = new TreeMap<>();
        for (HolidayEntry entry : entries) {
            (entry.kind() == HolidayEntry.Kind.OFF ? daysOff : worked).put(entry.date(), entry.name());
        }
        return new HolidayYear(year, entries.get(0).status() == HolidayEntry.Status.PROVISIONAL, daysOff, worked);
    }

    boolean isWorkingDay(LocalDate date) {
        if (daysOff.containsKey(date)) {
            return false;
        }
        return workedWeekendDays.containsKey(date) || !isWeekend(date);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
