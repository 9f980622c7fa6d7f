package vn.directives.archfixtures.command.clock;

import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

/** An aggregate that decides with today's date instead of the date passed in: breaks "aggregates never read the clock". */
@Aggregate
class ClockReadingAggregate {

    boolean overdue(LocalDate dueDate) {
        return LocalDate.now().isAfter(dueDate);
    }
}
