package vn.directives.benchmark.baseline;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.directives.benchmark.Latencies;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The physical baseline on the same PostgreSQL: what the server does with rows of the event
 * table's shape (same columns, keys and identity, real payloads sampled from the store) without
 * our code in between. Works on a scratch copy of the table, dropped afterwards.
 */
public final class RawPostgres implements AutoCloseable {

    private static final String TABLE = "command.benchmark_raw_event";
    private static final String COLUMNS = "event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
            + " payload_type, payload_revision, payload, meta_data";

    public record Rate(int clients, int rows, double seconds, double p50, double p95, double p99,
                       double postgresCpuMs) {
        public double perSecond() {
            return rows / seconds;
        }

        /** The same, with the CPU PostgreSQL spent per row. */
        public Rate withCpu(double postgresCpuSeconds) {
            return new Rate(clients, rows, seconds, p50, p95, p99, postgresCpuSeconds * 1000 / rows);
        }
    }

    private final String url;
    private final String user;
    private final String password;
    private final List<Object[]> samples = new ArrayList<>();

    public RawPostgres(String url, String user, String password) throws SQLException {
        this.url = url;
        this.user = user;
        this.password = password;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
            statement.execute("CREATE TABLE " + TABLE + " (LIKE events.domain_event_entry INCLUDING ALL)");
            try (ResultSet rows = statement.executeQuery("SELECT type, payload_type, payload_revision, payload, meta_data"
                    + " FROM events.domain_event_entry ORDER BY global_index DESC LIMIT 1000")) {
                while (rows.next()) {
                    samples.add(new Object[]{rows.getString(1), rows.getString(2), rows.getString(3), rows.getBytes(4),
                            rows.getBytes(5)});
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** One-row insert transactions (autocommit, durable) from {@code clients} connections for {@code seconds}. */
    public Rate oneRowTransactions(int clients, double seconds) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger rows = new AtomicInteger();
        Latencies all = new Latencies();
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                Latencies mine = new Latencies();
                try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; System.nanoTime() < deadline; i++) {
                        Object[] sample = samples.get((client * 7919 + i) % samples.size());
                        long begin = System.nanoTime();
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setString(2, UUID.randomUUID().toString());
                        insert.setString(3, (String) sample[0]);
                        insert.setString(4, java.time.Instant.now().toString());
                        insert.setString(5, (String) sample[1]);
                        insert.setString(6, (String) sample[2]);
                        insert.setBytes(7, (byte[]) sample[3]);
                        insert.setBytes(8, (byte[]) sample[4]);
                        insert.executeUpdate();
                        mine.add((System.nanoTime() - begin) / 1_000);
                        rows.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
                all.addAll(mine);
            }, "raw-client");
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return new Rate(clients, rows.get(), (System.nanoTime() - start) / 1e9, all.percentileMillis(50),
                all.percentileMillis(95), all.percentileMillis(99), Double.NaN);
    }

    /** INSERT … SELECT of {@code rows} stored events into the scratch table, one statement. */
    public Rate insertSelect(int rows) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + TABLE);
            long start = System.nanoTime();
            int inserted = statement.executeUpdate("INSERT INTO " + TABLE + " (" + COLUMNS + ") SELECT " + COLUMNS
                    + " FROM events.domain_event_entry ORDER BY global_index LIMIT " + rows);
            return new Rate(1, inserted, (System.nanoTime() - start) / 1e9, 0, 0, 0, Double.NaN);
        }
    }

    /** COPY … FROM STDIN of {@code rows} stored events (read out beforehand, not timed). */
    public Rate copyIn(int rows) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + TABLE);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            copy.copyOut("COPY (SELECT " + COLUMNS + " FROM events.domain_event_entry ORDER BY global_index LIMIT "
                    + rows + ") TO STDOUT (FORMAT binary)", data);
            long start = System.nanoTime();
            long copied = copy.copyIn("COPY " + TABLE + " (" + COLUMNS + ") FROM STDIN (FORMAT binary)",
                    new ByteArrayInputStream(data.toByteArray()));
            return new Rate(1, (int) copied, (System.nanoTime() - start) / 1e9, 0, 0, 0, Double.NaN);
        }
    }

    /**
     * How many tasks the event store holds (their opening events), to compare with the task board: the
     * four kinds and general tasks, sub-tasks included (a sub-task is a general task of its own).
     */
    public long tasksStored() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM events.domain_event_entry"
                     + " WHERE sequence_number = 0 AND type IN"
                     + " ('Survey', 'CellEstablishment', 'MemberTransfer', 'TrainingCourse', 'GeneralTask')")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A sequential scan of the whole event table, reading every payload's length. */
    public Rate sequentialScan() throws SQLException {
        try (Connection connection = connect()) {
            return sequentialScan(connection);
        }
    }

    /** The sequential scan on a connection of the caller's (any role that may read the event table). */
    public static Rate sequentialScan(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            try (ResultSet result = statement.executeQuery(
                    "SELECT count(*), sum(length(payload)) FROM events.domain_event_entry")) {
                result.next();
                return new Rate(1, result.getInt(1), (System.nanoTime() - start) / 1e9, 0, 0, 0, Double.NaN);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
        }
    }
}
