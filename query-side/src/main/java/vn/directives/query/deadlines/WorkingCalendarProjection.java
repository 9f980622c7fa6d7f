package vn.directives.query.deadlines;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.events.calendar.DayOff;
import vn.directives.events.calendar.WorkingCalendarYearAdopted;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Keeps the day table of every adopted calendar year: each adoption rewrites all the days of its
 * year in one statement. Safe to replay: the year keeps the sequence number of the adoption
 * applied last, and an adoption at or below it changes nothing.
 */
@Component
@ProcessingGroup(WorkingCalendarProjection.GROUP)
class WorkingCalendarProjection {

    static final String GROUP = "working-calendar";

    private final JdbcClient jdbc;

    WorkingCalendarProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(WorkingCalendarYearAdopted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        int applied = jdbc.sql("""
                        INSERT INTO query.calendar_year (year, provisional, source, adopted_on, adopted_at, last_sequence)
                        VALUES (:year, :provisional, :source, :adoptedOn, :adoptedAt, :sequence)
                        ON CONFLICT (year) DO UPDATE
                           SET provisional = EXCLUDED.provisional, source = EXCLUDED.source,
                               adopted_on = EXCLUDED.adopted_on, adopted_at = EXCLUDED.adopted_at,
                               last_sequence = EXCLUDED.last_sequence
                         WHERE calendar_year.last_sequence < EXCLUDED.last_sequence""")
                .param("year", event.year())
                .param("provisional", event.provisional())
                .param("source", event.source())
                .param("adoptedOn", event.adoptedOn())
                .param("adoptedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .param("sequence", sequence)
                .update();
        if (applied == 0) {
            return;
        }
        // Monday to Friday, except the days off, plus the worked weekend days; days off win.
        jdbc.sql("""
                        INSERT INTO query.calendar_day (date, working)
                        SELECT day::date,
                               CASE WHEN day::date = ANY (CAST(:daysOff AS date[])) THEN false
                                    WHEN day::date = ANY (CAST(:workedWeekendDays AS date[])) THEN true
                                    ELSE extract(isodow FROM day) < 6
                               END
                          FROM generate_series(make_date(:year, 1, 1), make_date(:year, 12, 31), interval '1 day') AS day
                        ON CONFLICT (date) DO UPDATE SET working = EXCLUDED.working""")
                .param("year", event.year())
                .param("daysOff", dateArray(event.daysOff().stream().map(DayOff::date).toList()))
                .param("workedWeekendDays", dateArray(event.workedWeekendDays()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM query.calendar_day").update();
        jdbc.sql("DELETE FROM query.calendar_year").update();
    }

    /** A PostgreSQL array literal of ISO dates, e.g. {@code {2026-02-16,2026-02-17}}. */
    private static String dateArray(Collection<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
