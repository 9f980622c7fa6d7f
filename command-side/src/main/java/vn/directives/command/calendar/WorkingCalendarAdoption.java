package vn.directives.command.calendar;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import vn.directives.events.metadata.MetadataKeys;

/**
 * Records, when the application starts, the calendar of every year of the holiday table in force
 * whose content differs from the one last adopted for that year, so that the query side counts
 * working days with the same calendar as the command side.
 *
 * <p>Idempotent across restarts: each year's aggregate compares the content with the one it
 * holds and records nothing when they are equal. Safe when two instances start at once: both may
 * read the same last adoption, but the event store's unique (aggregate, sequence number) key lets
 * only one of them append; the other's command fails with a conflict, is sent again, reads the
 * adoption the first recorded and, the content being the same, records nothing.
 */
@Component
class WorkingCalendarAdoption implements ApplicationRunner {

    private static final String ACTOR = "system";
    private static final String ROLE = "SYSTEM";
    private static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(WorkingCalendarAdoption.class);

    private final CommandGateway gateway;
    private final HolidayTableInForce holidays;
    private final Clock clock;

    WorkingCalendarAdoption(CommandGateway gateway, HolidayTableInForce holidays, Clock clock) {
        this.gateway = gateway;
        this.holidays = holidays;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        adopt(holidays);
    }

    /** Adopts every year of {@code table} not already in force as it is; returns the years recorded. */
    SortedSet<Integer> adopt(HolidayTableInForce table) {
        LocalDate today = LocalDate.now(clock);
        MetaData metadata = MetaData.with(MetadataKeys.ACTOR, ACTOR)
                .and(MetadataKeys.ROLE, ROLE)
                .and(MetadataKeys.CORRELATION_ID, "working-calendar-adoption-" + UUID.randomUUID());
        SortedSet<Integer> recorded = new TreeSet<>();
        table.sourceByYear().forEach((year, source) -> {
            CalendarYearContent content = CalendarYearContent.of(table.table().year(year));
            if (send(new AdoptWorkingCalendarYear(year, content, source, today), metadata)) {
                recorded.add(year);
            }
        });
        log.info("Working-day calendar years adopted now: {}; already in force: {}", recorded,
                table.sourceByYear().keySet().stream().filter(year -> !recorded.contains(year)).toList());
        return recorded;
    }

    private boolean send(AdoptWorkingCalendarYear command, MetaData metadata) {
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.<Boolean>send(command, metadata).join();
            } catch (CompletionException e) {
                if (attempt == ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                log.info("Calendar year {} was adopted concurrently by another instance; reading it again",
                        command.year());
            }
        }
    }

    private static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
