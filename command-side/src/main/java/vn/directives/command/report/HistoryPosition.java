package vn.directives.command.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The global index of the last event stored: where a draft's figures are frozen. */
@Component
class HistoryPosition {

    private final JdbcClient jdbc;

    HistoryPosition(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long last() {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM events.domain_event_entry")
                .query(Long.class)
                .single();
    }
}
