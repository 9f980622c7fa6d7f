package vn.directives.command.infrastructure.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

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
        // Walks the primary key down from the head to the command's last row: a handful of index
        // entries right after the command. A join on xmin instead made the planner hash-join over a
        // sequential scan of the whole table (~0.65 s a command on a store of 1,000,000 events;
        // deploy/benchmark/FINDINGS.md).
        List<Long> position = jdbc.queryForList("""
                SELECT last.global_index
                  FROM events.domain_event_entry named
                  JOIN LATERAL (SELECT e.global_index FROM events.domain_event_entry e
                                 WHERE e.global_index >= named.global_index AND e.xmin = named.xmin
                                 ORDER BY e.global_index DESC LIMIT 1) last ON true
                 WHERE named.aggregate_identifier = ? AND named.sequence_number = ?""",
                Long.class, aggregateId, version);
        if (!position.isEmpty()) {
            return position.get(0);
        }
        // Reading at the head of the store is always late enough to include the command's effects.
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM events.domain_event_entry", Long.class);
    }
}
