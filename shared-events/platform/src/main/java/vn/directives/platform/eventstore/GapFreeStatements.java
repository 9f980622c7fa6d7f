package vn.directives.platform.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The statements that make reading the event store gap-free (docs/event-store.md).
 * <p>
 * <b>Reading.</b> Every event row carries the id of the transaction that wrote it ({@code tx_id},
 * command-side migration V135). A row is <em>settled</em> when its transaction id is below
 * {@code pg_snapshot_xmin(pg_current_snapshot())}: no transaction that could still commit began
 * writing before it. A batch stops before the first row of its window that is not settled, so a
 * tracking token never moves past an event whose transaction is still open (Axon would record it as
 * a gap, and drop the gap after {@code gapTimeout} or {@code maxGapOffset} later events).
 * <p>
 * <b>Appending.</b> A transaction gets its id at its first write, which may precede its events (an
 * idempotency record, a lookup row): its id can be older than that of a transaction that appended
 * before it and is still open, and reading by id alone would then deliver its event past the open
 * one. Appends therefore take a transaction-scoped advisory lock before their events take their
 * global indexes, held until commit: indexes are handed out in commit order, and an open
 * transaction can never hold an index below one already committed ({@link AppendLock}). The same
 * statement queues the {@link CommitNotice} that wakes readers when the transaction commits.
 */
final class GapFreeStatements {

    /** Rows no transaction that may still commit can precede. */
    private static final String UNSETTLED = "tx_id >= pg_snapshot_xmin(pg_current_snapshot())";

    /**
     * Before an append's rows: the append lock, and the notice that readers get when the
     * transaction commits ({@link CommitNotice}), in one statement.
     */
    static final String BEFORE_APPEND = "SELECT pg_advisory_xact_lock(" + AppendLock.KEY + "), pg_notify('"
            + CommitNotice.CHANNEL + "', '')";

    private GapFreeStatements() {
    }

    static PreparedStatement appendEvents(Connection connection, EventSchema schema, Class<?> dataType,
                                          List<? extends EventMessage<?>> events, Serializer serializer,
                                          TimestampWriter timestampWriter) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            lock.execute(BEFORE_APPEND);
        }
        return JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, events, serializer,
                timestampWriter);
    }

    /** The window after the token, up to (not including) its first unsettled row. */
    static PreparedStatement readEventDataWithoutGaps(Connection connection, EventSchema schema, long globalIndex,
                                                      int batchSize) throws SQLException {
        String index = schema.globalIndexColumn();
        String sql = "WITH window_rows AS (SELECT " + schema.trackedEventFields() + ", tx_id FROM "
                + schema.domainEventTable() + " WHERE " + index + " > ? AND " + index + " <= ?) "
                + "SELECT " + schema.trackedEventFields() + " FROM window_rows WHERE " + index
                + " < coalesce((SELECT min(" + index + ") FROM window_rows WHERE " + UNSETTLED + "), "
                + Long.MAX_VALUE + ") ORDER BY " + index;
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        return statement;
    }

    /** As without gaps, plus the settled rows that fill the token's gaps. */
    static PreparedStatement readEventDataWithGaps(Connection connection, EventSchema schema, long globalIndex,
                                                   int batchSize, List<Long> gaps) throws SQLException {
        String index = schema.globalIndexColumn();
        String sql = "WITH window_rows AS (SELECT " + schema.trackedEventFields() + ", tx_id FROM "
                + schema.domainEventTable() + " WHERE (" + index + " > ? AND " + index + " <= ?) OR "
                + index + " = ANY (?)) "
                + "SELECT " + schema.trackedEventFields() + " FROM window_rows WHERE (" + index + " > ? AND "
                + index + " < coalesce((SELECT min(" + index + ") FROM window_rows WHERE " + index + " > ? AND "
                + UNSETTLED + "), " + Long.MAX_VALUE + ")) OR (" + index + " <= ? AND NOT (" + UNSETTLED + "))"
                + " ORDER BY " + index;
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        statement.setArray(3, connection.createArrayOf("bigint", gaps.toArray()));
        statement.setLong(4, globalIndex);
        statement.setLong(5, globalIndex);
        statement.setLong(6, globalIndex);
        return statement;
    }
}
