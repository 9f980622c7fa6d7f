package vn.directives.command.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection of the command side bounds statements, lock waits and idle transactions
 * well under the 60 s gap timeout of tracking processors: an event committed later than that
 * after taking its global index would be skipped for good (AxonFramework issue 4829). And every
 * connection gives up on a database that has gone silent.
 */
@CommandSideTest
class CommandConnectionTimeoutsTest {

    /** Half the gap timeout: a transaction bounded by this still leaves room for the commit. */
    private static final long WELL_UNDER_GAP_TIMEOUT_MILLIS = 30_000;

    @Autowired
    private JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "statement_timeout, 5s",
            "idle_in_transaction_session_timeout, 10s",
            "lock_timeout, 3s"})
    void every_connection_bounds_its_transactions_well_under_the_gap_timeout(String setting, String expected) {
        assertThat(jdbc.queryForObject("SHOW " + setting, String.class)).isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT setting::bigint FROM pg_settings WHERE name = ? AND unit = 'ms'",
                Long.class, setting))
                .as("%s in milliseconds; 0 would switch it off", setting)
                .isPositive()
                .isLessThanOrEqualTo(WELL_UNDER_GAP_TIMEOUT_MILLIS);
    }

    /**
     * A network that goes silent (packets dropped, no reset) answers nothing, so the server's own
     * timeouts above never reach the client: without a socket timeout a request waited for as
     * long as the silence lasted, holding its pool connection (the fault suite's
     * network-blackhole). Every pooled connection gives up on its own, after the server's
     * timeouts would have answered a reachable server, and well under the gap timeout.
     */
    @Test
    void every_connection_gives_up_on_a_silent_database() {
        Integer waitsMillis = jdbc.execute((ConnectionCallback<Integer>) Connection::getNetworkTimeout);
        Long statementTimeoutMillis = jdbc.queryForObject(
                "SELECT setting::bigint FROM pg_settings WHERE name = 'statement_timeout'", Long.class);
        assertThat(waitsMillis)
                .as("the connection's socket timeout in milliseconds; 0 waits for ever")
                .isGreaterThanOrEqualTo(2 * statementTimeoutMillis.intValue())
                .isLessThanOrEqualTo((int) WELL_UNDER_GAP_TIMEOUT_MILLIS);
    }
}
