package vn.directives.command.infrastructure.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds where a command's events landed in the event store. The command names its aggregate's
 * last event (aggregate id, version); the command may have stored more events in the same
 * transaction after it (a policy running in that transaction, such as the Party organization a
 * completed cell establishment brings into being). Rows inserted by one transaction share its
 * transaction id ({@code xmin}), so the command's last event is the highest global index at or
 * after the named event with the same {@code xmin}.
 */
@Component
class EventPositions {

    private final JdbcTemplate jdbc;

    EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The global index of the last event the command stored; the head of the store if the event is not found. */
    long afterCommand(String aggregateId, long version) {
        Long position = jdbc.queryForObject("""
                SELECT max(e.global_index)
                  FROM events.domain_event_entry named
                  JOIN events.domain_event_entry e ON e.global_index >= named.global_index AND e.xmin = named.xmin
                 WHERE named.aggregate_identifier = ? AND named.sequence_number = ?""",
                Long.class, aggregateId, version);
        if (position != null) {
            return position;
        }
        // Reading at the head of the store is always late enough to include the command's effects.
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM events.domain_event_entry", Long.class);
    }
}
