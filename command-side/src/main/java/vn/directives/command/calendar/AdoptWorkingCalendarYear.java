package vn.directives.command.calendar;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Adopt {@code content} as the calendar of {@code year}, unless it is already the one in force.
 * Answers whether a new adoption was recorded.
 */
record AdoptWorkingCalendarYear(int year, CalendarYearContent content, String source, LocalDate adoptedOn) {

    @TargetAggregateIdentifier
    String calendarId() {
        return WorkingCalendarYear.idOf(year);
    }
}
