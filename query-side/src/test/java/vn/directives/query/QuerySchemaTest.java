package vn.directives.query;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side's own Axon table, as its Flyway migrations leave it (the command side's schema
 * test runs before the query side has ever migrated a fresh database, so it cannot see this one),
 * and its connections to the database.
 */
@ProjectionTest
class QuerySchemaTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private Environment environment;

    @BeforeAll
    static void eventStoreExists() {
        CommandSideMigrations.apply();
    }

    @Test
    void the_token_column_is_bytea() {
        assertThat(jdbc.sql("""
                        SELECT t.typname
                          FROM pg_attribute a
                          JOIN pg_class c ON c.oid = a.attrelid
                          JOIN pg_namespace n ON n.oid = c.relnamespace
                          JOIN pg_type t ON t.oid = a.atttypid
                         WHERE n.nspname = 'query' AND c.relname = 'token_entry' AND a.attname = 'token'""")
                .query(String.class).single()).isEqualTo("bytea");
    }

    @Test
    void no_column_of_the_query_schema_is_a_large_object_reference() {
        assertThat(jdbc.sql("""
                        SELECT c.relname || '.' || a.attname
                          FROM pg_attribute a
                          JOIN pg_class c ON c.oid = a.attrelid
                          JOIN pg_namespace n ON n.oid = c.relnamespace
                          JOIN pg_type t ON t.oid = a.atttypid
                         WHERE n.nspname = 'query' AND c.relkind IN ('r', 'p')
                           AND a.attnum > 0 AND NOT a.attisdropped
                           AND (t.typname IN ('oid', 'lo') OR t.typbasetype = 'oid'::regtype)""")
                .query(String.class).list()).isEmpty();
    }

    /**
     * A network that goes silent (no reset) answers nothing: without a socket timeout a processor's
     * batch or a report waited for as long as the silence lasted. Every pooled connection gives up
     * on its own, but only after the longest read the service allows (the expensive reads' limit).
     */
    @Test
    void every_connection_gives_up_on_a_silent_database_after_the_longest_allowed_read() throws Exception {
        Duration longestRead = environment.getProperty("directives.expensive-reads.time-limit", Duration.class);
        int waitsMillis;
        try (Connection connection = dataSource.getConnection()) {
            waitsMillis = connection.getNetworkTimeout();
        }
        assertThat(waitsMillis).as("the connection's socket timeout in milliseconds; 0 waits for ever")
                .isGreaterThan((int) longestRead.toMillis())
                .isLessThanOrEqualTo((int) Duration.ofMinutes(5).toMillis());
    }
}
