package vn.directives.command.calendar;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.events.calendar.WorkingCalendarYearAdopted;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The working-day calendar of one year as recorded in the event store (stream
 * {@code working-calendar-<year>}): each adoption is kept, and a calendar identical to the one in
 * force is not adopted again, so that restarting the command side records nothing new.
 */
@Aggregate
class WorkingCalendarYear {

    private static final String ID_PREFIX = "working-calendar-";

    @AggregateIdentifier
    private String calendarId;
    private CalendarYearContent inForce;

    WorkingCalendarYear() {
        // for Axon
    }

    static String idOf(int year) {
        return ID_PREFIX + year;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(AdoptWorkingCalendarYear command) {
        CalendarYearContent content = command.content();
        if (content.equals(inForce)) {
            return false;
        }
        apply(new WorkingCalendarYearAdopted(command.year(), content.daysOff(), content.workedWeekendDays(),
                content.provisional(), command.source(), command.adoptedOn()));
        return true;
    }

    @EventSourcingHandler
    void on(WorkingCalendarYearAdopted event) {
        calendarId = idOf(event.year());
        inForce = new CalendarYearContent(event.daysOff(), event.workedWeekendDays(), event.provisional());
    }
}
