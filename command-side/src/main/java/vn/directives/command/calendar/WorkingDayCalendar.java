package vn.directives.command.calendar;

import vn.directives.command.common.WorkingDays;

import java.time.LocalDate;

/**
 * Working days of Party and State bodies in Viet Nam: Monday to Friday, except the days off of the
 * holiday table (public holidays, compensatory days off, weekdays swapped for a weekend day), plus
 * the weekend days the table declares worked in exchange (làm bù).
 *
 * <p>Time limits in working days ("within 60 working days of the decision") count the days after
 * the starting date: the starting date itself never counts, whether it is a working day or not.
 *
 * <p>Every method needs the year of each day it inspects to be in the table. A missing year is
 * refused with {@link UnknownCalendarYearException}, never taken to have no holidays.
 */
public final class WorkingDayCalendar implements WorkingDays {

    private final HolidayTable holidays;

    WorkingDayCalendar(HolidayTable holidays) {
        this.holidays = holidays;
    }

    /** The calendar of the table shipped with the application, without an operator's overrides. */
    public static WorkingDayCalendar bundled() {
        return new WorkingDayCalendar(HolidayTableReader.bundled());
    }

    public boolean isWorkingDay(LocalDate date) {
        return holidays.year(date.getYear()).isWorkingDay(date);
    }

    /**
     * The {@code n}-th working day after {@code start}, {@code start} not counted: 1 gives the
     * next working day, 0 gives {@code start} itself, unchanged even if it is a day off.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative: " + n);
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The first working day after {@code date}: {@code addWorkingDays(date, 1)}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to}; zero when both
     * are the same day, and the negated count from {@code to} to {@code from} when {@code to} comes
     * first. For {@code n >= 0}, {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether the days off of {@code year} are derived from the rule rather than announced by the
     * Government: deadlines in such a year may move once the year is announced.
     */
    public boolean isProvisional(int year) {
        return holidays.year(year).provisional();
    }
}
