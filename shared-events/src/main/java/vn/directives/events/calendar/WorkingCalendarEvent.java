package vn.directives.events.calendar;

/**
 * Everything that happens to the working-day calendar of one year, in that year's own stream.
 * The calendar is reference data recorded as events, so that the query side counts working days
 * exactly as the command side does, and history keeps which calendar was in force when.
 */
public sealed interface WorkingCalendarEvent permits WorkingCalendarYearAdopted {

    int year();
}
