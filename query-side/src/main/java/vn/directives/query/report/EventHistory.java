package vn.directives.query.report;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.directives.events.survey.SurveyFindingRecorded;
import vn.directives.query.infrastructure.web.ReadDeadline;

import org.postgresql.PGStatement;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams the event store in global order, straight from the table with JDBC (read on a thread of
 * its own while the caller folds: {@link PrefetchedRows}; payloads in binary): only the payload
 * types the report folds (filtered in SQL), only up to a global index, and for a report as
 * recorded only what was recorded before a moment (filtered in SQL on the timestamp, which the
 * JDBC storage engine writes as fixed-width ISO-8601 text, so text order is time order). Rows
 * arrive a batch at a time (a cursor, fetch size {@value #FETCH_SIZE}), so the history is never
 * held in memory at once.
 */
final class EventHistory {

    static final int FETCH_SIZE = 5_000;
    /** Rows folded between two looks at the read's deadline (a few milliseconds of work). */
    private static final int DEADLINE_CHECK_EVERY = 1_024;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * One stored event: its global index, when it was recorded, its payload, and, for a fact a
     * history migration brought in, where it came from (null otherwise). A migrated fact counts as
     * recorded at the start of the day the older system recorded it, not when it was stored.
     */
    record Recorded(long index, long recordedAtMillis, Object payload, MigratedFact migration) {

        Recorded(long index, long recordedAtMillis, Object payload) {
            this(index, recordedAtMillis, payload, null);
        }
    }

    /**
     * Which stored events are worth deserializing, judged from the row alone (its payload type,
     * its stream's aggregate, the payload's raw bytes and whether a history migration brought it
     * in): most of a province's history is other directives' tasks, and parsing JSON is what a
     * report spends its time on.
     */
    interface Selection {

        Selection ALL = (type, aggregateId, payload, migrated) -> true;

        boolean wants(Class<?> type, String aggregateId, byte[] payload, boolean migrated);
    }

    private final DataSource dataSource;
    private final String[] namingTypes;
    /**
     * The folded types' stored names as bytes, the most frequent (survey findings) first, and their
     * classes: a row's type is found from the column's bytes, without a string for each row.
     */
    private final byte[][] typeNames;
    private final Class<?>[] typeClasses;
    /** A reader per folded type, made once (a survey finding's reads only what the report uses: {@link FindingRow}). */
    private final Map<Class<?>, Function<byte[], Object>> readers = new java.util.HashMap<>();

    EventHistory(DataSource dataSource, List<Class<?>> payloadTypes) {
        this(dataSource, payloadTypes, List.of());
    }

    /**
     * As above; {@code namingTypes} (of the payload types) are read whenever recorded, as recorded
     * too: names of things (units) that a report shows by name even when they were registered after
     * its cut, as a migrated province's units are. The fold's cut still decides which name it knew.
     */
    EventHistory(DataSource dataSource, List<Class<?>> payloadTypes, List<Class<?>> namingTypes) {
        this.dataSource = dataSource;
        this.namingTypes = namingTypes.stream().map(Class::getName).toArray(String[]::new);
        this.typeClasses = payloadTypes.stream()
                .sorted(java.util.Comparator.comparing((Class<?> type) -> type != SurveyFindingRecorded.class))
                .toArray(Class<?>[]::new);
        this.typeNames = java.util.Arrays.stream(typeClasses)
                .map(type -> type.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        for (Class<?> type : payloadTypes) {
            if (type == SurveyFindingRecorded.class) {
                readers.put(type, FindingRow::read);
            } else {
                tools.jackson.databind.ObjectReader reader = JSON.readerFor(type);
                readers.put(type, reader::readValue);
            }
        }
    }

    /**
     * The history read on one connection of its own: the lookups and the stream of one report take
     * their turns on it, so a report asks the data source for one connection instead of one per
     * statement (without a pool, each was a new sign-in). Close it when done.
     */
    Reading open() {
        try {
            return new Reading(dataSource.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event store", e);
        }
    }

    /** The last global index stored, 0 for an empty store. */
    long lastPosition() {
        try (Reading reading = open()) {
            return reading.lastPosition();
        }
    }

    /**
     * Hands every event of the folded types with a global index up to {@code position} and, when
     * {@code recordedBefore} is not null, recorded before it, to {@code fold}, in global order.
     */
    void replay(long position, Instant recordedBefore, Consumer<Recorded> fold) {
        replay(position, recordedBefore, Selection.ALL, fold);
    }

    /** As {@link #replay(long, Instant, Consumer)}, deserializing only the rows {@code selection} wants. */
    void replay(long position, Instant recordedBefore, Selection selection, Consumer<Recorded> fold) {
        try (Reading reading = open()) {
            reading.replay(position, recordedBefore, selection, fold);
        }
    }

    private boolean naming(Class<?> type) {
        for (String name : namingTypes) {
            if (name.equals(type.getName())) {
                return true;
            }
        }
        return false;
    }

    /** A stored row as read, before its payload is deserialized. */
    private record Row(long index, long recordedAtMillis, Class<?> type, byte[] payload, String aggregateId,
                       byte[] metadata) {
    }

    /**
     * Runs the history's query with a cursor on {@code connection} (in a read-only transaction, its
     * settings put back after) and hands its rows on, until done or no longer wanted.
     */
    private void read(Connection connection, String sql, long position, Instant recordedBefore,
                      PrefetchedRows.Sink<Row> sink) throws SQLException, InterruptedException {
        boolean autoCommit = connection.getAutoCommit();
        // PostgreSQL streams with a cursor only inside a transaction
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            binaryTransfer(statement);
            statement.setBytes(1, MigratedFact.MARKER);
            statement.setLong(2, position);
            statement.setArray(3, connection.createArrayOf("varchar",
                    java.util.Arrays.stream(typeClasses).map(Class::getName).toArray()));
            if (recordedBefore != null) {
                statement.setString(4, StoredTime.format(recordedBefore));
                statement.setBytes(5, MigratedFact.MARKER);
                statement.setArray(6, connection.createArrayOf("varchar", namingTypes));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    // the text columns' bytes as received (UTF-8): no string made for the time and the type
                    Row row = new Row(rows.getLong(1), StoredTime.parseMillis(rows.getBytes(2)),
                            type(rows.getBytes(3)), rows.getBytes(4), rows.getString(5), rows.getBytes(6));
                    if (!sink.accept(row)) {
                        return;
                    }
                }
            }
        } finally {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The folded type a stored payload type names (the query reads no other). */
    private Class<?> type(byte[] name) {
        for (int i = 0; i < typeNames.length; i++) {
            if (java.util.Arrays.equals(typeNames[i], name)) {
                return typeClasses[i];
            }
        }
        throw new IllegalStateException("Not a folded type: "
                + new String(name, java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Asks PostgreSQL's driver for the columns in binary form. In text form a {@code bytea}
     * payload travels as hexadecimal, twice its size, and the driver decodes it digit by digit:
     * for a history of survey findings that was a sixth of a report's time. A pool's proxy is
     * unwrapped; another driver keeps its default.
     */
    static void binaryTransfer(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            // a negative threshold means: a named server-side statement, binary results from the first execution
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
    }

    /** The payload of the first event of one stream, or null when the stream does not exist. */
    <T> T first(String aggregateId, Class<T> type) {
        try (Reading reading = open()) {
            return reading.first(aggregateId, type);
        }
    }

    /** One connection's reads of the history, one after the other (see {@link #open()}). */
    final class Reading implements AutoCloseable {

        private final Connection connection;

        private Reading(Connection connection) {
            this.connection = connection;
        }

        /** The last global index stored, 0 for an empty store. */
        long lastPosition() {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT coalesce(max(global_index), 0) FROM events.domain_event_entry");
                 ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the event store's position", e);
            }
        }

        /** The payload of the first event of one stream, or null when the stream does not exist. */
        <T> T first(String aggregateId, Class<T> type) {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT payload FROM events.domain_event_entry
                     WHERE aggregate_identifier = ? AND sequence_number = 0 AND payload_type = ?""")) {
                statement.setString(1, aggregateId);
                statement.setString(2, type.getName());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? JSON.readValue(row.getBytes(1), type) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the event store", e);
            }
        }

        /**
         * As {@link EventHistory#replay(long, Instant, Consumer)}, deserializing only the rows {@code
         * selection} wants; the rows are read on this connection by a thread of its own.
         */
        void replay(long position, Instant recordedBefore, Selection selection, Consumer<Recorded> fold) {
            // a migrated fact is stored now but was recorded long before: read it whenever stored, and judge
            // its original recording day below (few rows carry the marker; the search is a byte scan of small metadata)
            String sql = """
                    SELECT global_index, time_stamp, payload_type, payload, aggregate_identifier,
                           CASE WHEN position(?::bytea IN meta_data) > 0 THEN meta_data END
                      FROM events.domain_event_entry
                     WHERE global_index <= ? AND payload_type = ANY (?)""" + (recordedBefore == null ? "" : """

                       AND (time_stamp < ? OR position(?::bytea IN meta_data) > 0 OR payload_type = ANY (?))""") + """

                     ORDER BY global_index""";
            ReadDeadline.check();
            // read on a thread of its own, folded here: the deadline is this thread's, and so is the fold's order
            try (PrefetchedRows<Row> rows = PrefetchedRows.start(
                    sink -> read(connection, sql, position, recordedBefore, sink), "report-history-reader")) {
                long read = 0;
                for (List<Row> batch = rows.next(); !batch.isEmpty(); batch = rows.next()) {
                    for (Row row : batch) {
                        if (++read % DEADLINE_CHECK_EVERY == 0) {
                            ReadDeadline.check();
                        }
                        MigratedFact migration = row.metadata() == null ? null
                                : MigratedFact.of(row.metadata(), row.recordedAtMillis());
                        long recordedAt = migration == null ? row.recordedAtMillis() : migration.recordedAtMillis();
                        if (recordedBefore != null && recordedAt >= recordedBefore.toEpochMilli()
                                && !naming(row.type())) {
                            continue;
                        }
                        if (selection.wants(row.type(), row.aggregateId(), row.payload(), migration != null)) {
                            fold.accept(new Recorded(row.index(), recordedAt,
                                    readers.get(row.type()).apply(row.payload()), migration));
                        }
                    }
                }
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot let go of the event store's connection", e);
            }
        }
    }
}
