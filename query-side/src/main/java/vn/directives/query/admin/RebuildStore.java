package vn.directives.query.admin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Rebuilds in {@code query.processor_rebuild}; every change is conditional on the state it expects. */
@Component
class RebuildStore {

    private static final String COLUMNS = """
            processor_name, rebuild_id, state, requested_at, requested_by, reset_at, reset_by, head_at_reset,
            finished_at, failure""";

    private static final RowMapper<Rebuild> ROW = (row, number) -> new Rebuild(row.getString("processor_name"),
            row.getObject("rebuild_id", UUID.class), Rebuild.State.valueOf(row.getString("state")),
            instant(row.getTimestamp("requested_at")), row.getString("requested_by"),
            instant(row.getTimestamp("reset_at")), row.getString("reset_by"),
            row.getObject("head_at_reset", Long.class), instant(row.getTimestamp("finished_at")),
            row.getString("failure"));

    private final JdbcTemplate jdbc;

    RebuildStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a new rebuild, unless one is still stopping the processor (then empty). */
    Optional<Rebuild> request(String processor, String node) {
        return jdbc.query("""
                INSERT INTO query.processor_rebuild (processor_name, rebuild_id, state, requested_at, requested_by)
                VALUES (?, ?, 'STOPPING', now(), ?)
                ON CONFLICT (processor_name) DO UPDATE SET rebuild_id = excluded.rebuild_id, state = 'STOPPING',
                    requested_at = excluded.requested_at, requested_by = excluded.requested_by, reset_at = NULL,
                    reset_by = NULL, head_at_reset = NULL, finished_at = NULL, failure = NULL
                 WHERE processor_rebuild.state <> 'STOPPING'
                RETURNING\s""" + COLUMNS, ROW, processor, UUID.randomUUID(), node).stream().findFirst();
    }

    Optional<Rebuild> find(String processor) {
        return jdbc.query("SELECT " + COLUMNS + " FROM query.processor_rebuild WHERE processor_name = ?", ROW,
                processor).stream().findFirst();
    }

    List<Rebuild> underway() {
        return jdbc.query("SELECT " + COLUMNS
                + " FROM query.processor_rebuild WHERE state IN ('STOPPING', 'REPLAYING')", ROW);
    }

    /** Locks a rebuild that is still stopping, for the one instance that resets the tokens. */
    boolean lockStopping(UUID id) {
        return !jdbc.queryForList("""
                SELECT 1 FROM query.processor_rebuild WHERE rebuild_id = ? AND state = 'STOPPING' FOR UPDATE""",
                Integer.class, id).isEmpty();
    }

    void replaying(UUID id, String node, long head) {
        jdbc.update("""
                UPDATE query.processor_rebuild SET state = 'REPLAYING', reset_at = now(), reset_by = ?, head_at_reset = ?
                 WHERE rebuild_id = ? AND state = 'STOPPING'""", node, head, id);
    }

    void done(UUID id) {
        jdbc.update("""
                UPDATE query.processor_rebuild SET state = 'DONE', finished_at = now()
                 WHERE rebuild_id = ? AND state = 'REPLAYING'""", id);
    }

    void failed(UUID id, String failure) {
        jdbc.update("""
                UPDATE query.processor_rebuild SET state = 'FAILED', finished_at = now(), failure = ?
                 WHERE rebuild_id = ? AND state = 'STOPPING'""", failure, id);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
