package vn.directives.events.calendar;

import java.time.LocalDate;

/** A day without work (public holiday, compensatory day off, swapped weekday) and its Vietnamese name. */
public record DayOff(LocalDate date, String name) {
}
