package vn.directives.command.membertransfer;

import vn.directives.command.common.WorkingDays;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** A working-day calendar for the tests: Monday to Friday, no public holidays. */
final class WeekdaysOnly implements WorkingDays {

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

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

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
