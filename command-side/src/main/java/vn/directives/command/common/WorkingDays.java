package vn.directives.command.common;

import java.time.LocalDate;

/**
 * Limits counted in working days (weekends and Vietnamese public holidays excluded), e.g. a
 * member transfer starts within 60 working days of its decision.
 */
public interface WorkingDays {

    /** The n-th working day after {@code start} (start itself not counted). */
    LocalDate addWorkingDays(LocalDate start, int n);

    /** Working days after {@code from} up to and including {@code to}; zero or negative if {@code to} is not after {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
