package vn.directives.benchmark.province;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The generated history's calendar: office hours in Vietnam, working days as weekdays. */
final class Dates {

    static final LocalDate START = LocalDate.of(2023, 1, 3);
    /** The last day of the history; fixed, so that a seed always gives the same history. */
    static final LocalDate END = LocalDate.of(2026, 11, 27);
    /** The 2025 reform: district-level units end, communes and wards are merged. */
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private Dates() {
    }

    /** A moment in office hours of the day, {@code minute} minutes after 08:00. */
    static Instant at(LocalDate day, int minute) {
        return day.atTime(8, 0).plusMinutes(Math.floorMod(minute, 9 * 60)).toInstant(VIETNAM);
    }

    /** The day in Vietnam of a moment: what the command side takes as "today" for a command recorded then. */
    static LocalDate dayOf(Instant moment) {
        return LocalDate.ofInstant(moment, VIETNAM);
    }

    static LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        for (int i = 0; i < days; i++) {
            d = workingDay(d.plusDays(1));
        }
        return d;
    }

    static int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
