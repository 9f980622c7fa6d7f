package vn.directives.query;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The query side's database role may read the event store and nothing more: whatever bug or
 * injection hits the query side, the history of events stays as the command side wrote it.
 */
class QueryRoleCannotWriteEventsTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @BeforeAll
    static void eventStoreExists() {
        CommandSideMigrations.apply();
    }

    @Test
    void query_role_reads_the_event_store() throws SQLException {
        try (Connection connection = connectAsQueryRole();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM events.domain_event_entry")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).isNotNegative();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            """
            INSERT INTO events.domain_event_entry
                (event_identifier, aggregate_identifier, sequence_number, time_stamp, payload_type, payload)
            VALUES ('forged-event', 'forged-aggregate', 0, '2024-01-01T00:00:00Z', 'Forged', '\\x7b7d')""",
            "UPDATE events.domain_event_entry SET payload_type = payload_type",
            "DELETE FROM events.domain_event_entry"})
    void query_role_cannot_change_the_event_store(String sql) throws SQLException {
        try (Connection connection = connectAsQueryRole();
             Statement statement = connection.createStatement()) {
            // Never commit: if the privilege were there, the change must not survive the test.
            connection.setAutoCommit(false);
            try {
                assertThatExceptionOfType(SQLException.class)
                        .as(sql)
                        .isThrownBy(() -> statement.executeUpdate(sql))
                        .extracting(SQLException::getSQLState)
                        .isEqualTo(INSUFFICIENT_PRIVILEGE);
            } finally {
                connection.rollback();
            }
        }
    }

    private static Connection connectAsQueryRole() throws SQLException {
        return DriverManager.getConnection(
                env("DIRECTIVES_DB_URL", "jdbc:postgresql://127.0.0.1:55432/directives"),
                env("DIRECTIVES_QUERY_DB_USER", "directives_query"),
                env("DIRECTIVES_QUERY_DB_PASSWORD", "directives_query"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
