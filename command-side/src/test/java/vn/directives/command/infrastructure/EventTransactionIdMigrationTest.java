package vn.directives.command.infrastructure;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Migration V135 on a store that already holds events (its own database, {@code directives_upgrade},
 * which deploy/test provisions): the rows stored before it get transaction id 0, settled for every
 * reader at once, and rows stored after it the id of their transaction.
 */
class EventTransactionIdMigrationTest {

    private static final String URL = env("DIRECTIVES_UPGRADE_DB_URL",
            "jdbc:postgresql://127.0.0.1:55432/directives_upgrade");
    private static final String USER = env("DIRECTIVES_COMMAND_DB_USER", "directives_command");
    private static final String PASSWORD = env("DIRECTIVES_COMMAND_DB_PASSWORD", "directives_command");

    @BeforeEach
    void emptyStore() {
        flyway(MigrationVersion.LATEST).clean();
    }

    @Test
    void events_stored_before_the_migration_are_settled_and_later_ones_carry_their_transaction() throws SQLException {
        flyway(MigrationVersion.fromVersion("121")).migrate();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < 3; i++) {
                insertEvent(connection);
            }
            connection.commit();
        }

        flyway(MigrationVersion.LATEST).migrate();

        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT count(*) FROM events.domain_event_entry WHERE tx_id = '0'"))
                    .as("rows stored before").isEqualTo(3);
            connection.setAutoCommit(false);
            insertEvent(connection);
            assertThat(count(statement, "SELECT count(*) FROM events.domain_event_entry"
                    + " WHERE tx_id = pg_current_xact_id()")).as("the new row carries its transaction").isEqualTo(1);
            connection.commit();
            connection.setAutoCommit(true);
            // settled once no transaction older than it is still open (other tests' may be, briefly)
            await("all four settled").atMost(Duration.ofSeconds(30)).until(() -> count(statement,
                    "SELECT count(*) FROM events.domain_event_entry"
                            + " WHERE tx_id < pg_snapshot_xmin(pg_current_snapshot())") == 4);
        }
    }

    private static Flyway flyway(MigrationVersion target) {
        return Flyway.configure()
                .dataSource(URL, USER, PASSWORD)
                .locations("classpath:db/command")
                .schemas("command", "events", "security")
                .defaultSchema("command")
                .createSchemas(false)
                .table("flyway_history_command")
                .cleanDisabled(false)
                .target(target)
                .load();
    }

    private static void insertEvent(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO events.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                                                       type, time_stamp, payload_type, payload, meta_data)
                VALUES (?, ?, 0, 'Probe', '2026-01-01T00:00:00Z', 'vn.directives.test.Probe',
                        convert_to('{}', 'UTF8'), convert_to('{}', 'UTF8'))""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
