package vn.directives.command.calendar;

import java.time.LocalDate;

/** One line of a holiday table. */
record HolidayEntry(LocalDate date, Kind kind, Status status, String name) {

    enum Kind {
        /** No work: a public holiday, a compensatory day off (nghỉ bù) or a swapped weekday. */
        OFF,
        /** A Saturday or Sunday worked in exchange for a swapped day off (làm bù). */
        WORK
    }

    enum Status {
        /** Announced by the Government for civil servants. */
        OFFICIAL,
        /** Derived from the Labour Code's rule until the year is announced. */
        PROVISIONAL
    }
}
