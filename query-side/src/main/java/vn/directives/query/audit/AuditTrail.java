package vn.directives.query.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import vn.directives.events.metadata.MetadataKeys;

/**
 * Reads the audit trail straight from the event store (which the tamper-evident chain covers)
 * and the two security logs. Filters on metadata parse each row's JSON: a scan, fast enough for a
 * province's history (hundreds of thousands of events); paging is by position.
 */
@Repository
public class AuditTrail {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String SELECT = """
            SELECT e.global_index, e.time_stamp, e.payload_type, e.aggregate_identifier, e.sequence_number,
                   convert_from(coalesce(e.meta_data, '\\x7b7d'::bytea), 'UTF8') AS meta
              FROM events.domain_event_entry e
            """;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final RowMapper<AuditEntry> row;

    AuditTrail(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.row = (rs, n) -> entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6));
    }

    /** A page of a period: the time window in which records were made, and paging by position. */
    public record Window(Instant from, Instant to, long after, int limit) {
    }

    public List<AuditEntry> byUser(String user, Window window) {
        return jdbc.query(SELECT + """
                 WHERE convert_from(coalesce(e.meta_data, '\\x7b7d'::bytea), 'UTF8')::jsonb ->> 'actor' = ?
                   AND e.time_stamp::timestamptz >= ? AND e.time_stamp::timestamptz < ? AND e.global_index > ?
                 ORDER BY e.global_index LIMIT ?""", row, user, ts(window.from()), ts(window.to()), window.after(),
                window.limit());
    }

    public List<AuditEntry> byTask(String taskId, Window window) {
        return jdbc.query(SELECT + """
                 WHERE e.aggregate_identifier = ?
                   AND e.time_stamp::timestamptz >= ? AND e.time_stamp::timestamptz < ? AND e.global_index > ?
                 ORDER BY e.global_index LIMIT ?""", row, taskId, ts(window.from()), ts(window.to()), window.after(),
                window.limit());
    }

    /** What was done by someone acting for the unit, to the unit itself, or to a task the unit leads. */
    public List<AuditEntry> byUnit(String unitId, Window window) {
        return jdbc.query(SELECT + """
                 WHERE (convert_from(coalesce(e.meta_data, '\\x7b7d'::bytea), 'UTF8')::jsonb ->> 'unit' = ?
                        OR e.aggregate_identifier = ?
                        OR e.aggregate_identifier IN (SELECT task_id FROM query.task_board WHERE lead_unit_id = ?))
                   AND e.time_stamp::timestamptz >= ? AND e.time_stamp::timestamptz < ? AND e.global_index > ?
                 ORDER BY e.global_index LIMIT ?""", row, unitId, unitId, unitId, ts(window.from()), ts(window.to()),
                window.after(), window.limit());
    }

    /** Refused attempts and account changes of both sides in the window, optionally of one user. */
    public List<Refusal> refusals(String user, Window window) {
        return jdbc.query("""
                SELECT * FROM (
                    SELECT side, id, occurred_at, username, outcome, method, path, rule, correlation_id
                      FROM security.security_log
                    UNION ALL
                    SELECT side, id, occurred_at, username, outcome, method, path, rule, correlation_id
                      FROM query.security_log) log
                 WHERE (CAST(? AS VARCHAR) IS NULL OR username = ?) AND occurred_at >= ? AND occurred_at < ?
                 ORDER BY occurred_at, side, id LIMIT ?""",
                (rs, n) -> new Refusal(rs.getString(1), rs.getLong(2),
                        rs.getTimestamp(3).toInstant().atZone(VIETNAM).toOffsetDateTime(), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                user, user, ts(window.from()), ts(window.to()), window.limit());
    }

    private AuditEntry entry(long position, String timestamp, String payloadType, String aggregate, long sequence,
                             String metadata) {
        JsonNode meta = json.readTree(metadata);
        return new AuditEntry(position, Instant.parse(timestamp).atZone(VIETNAM).toOffsetDateTime(),
                payloadType.substring(payloadType.lastIndexOf('.') + 1), aggregate, sequence,
                text(meta, MetadataKeys.ACTOR), text(meta, MetadataKeys.ROLE), text(meta, MetadataKeys.UNIT),
                text(meta, MetadataKeys.CORRELATION_ID), text(meta, MetadataKeys.CAUSATION_ID),
                text(meta, MetadataKeys.IMPORT_JOB), text(meta, MetadataKeys.MIGRATION_SOURCE),
                text(meta, MetadataKeys.RECORDED_ORIGINALLY_ON));
    }

    private static String text(JsonNode meta, String field) {
        JsonNode value = meta.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
