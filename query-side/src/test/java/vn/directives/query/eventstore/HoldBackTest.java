package vn.directives.query.eventstore;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.directives.query.infrastructure.BothSides;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.directives.query.infrastructure.BothSides.json;

/**
 * How long an open writing transaction holds projections back, and that PostgreSQL's timeouts bound
 * it: a transaction that wrote a row and then idles is killed by
 * {@code idle_in_transaction_session_timeout} (3 s here, 10 s on the command side's pool), and a
 * directive registered meanwhile becomes visible only once it is gone. The measured delays are
 * printed (docs/event-store.md).
 */
class HoldBackTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static BothSides sides;

    @BeforeAll
    static void start() {
        sides = BothSides.start(List.of());
        sides.awaitCaughtUp(PATIENCE);
    }

    @AfterAll
    static void stop() {
        if (sides != null) {
            sides.close();
        }
    }

    @Test
    void an_idle_writing_transaction_holds_projections_back_until_its_timeout_ends_it() throws Exception {
        long unhindered = millisUntilVisible();
        try (Connection holder = BothSides.commandRole()) {
            try (Statement statement = holder.createStatement()) {
                statement.execute("SET idle_in_transaction_session_timeout = '" + IDLE_TIMEOUT.toMillis() + "ms'");
            }
            holder.setAutoCommit(false);
            long holderTransaction = writeARow(holder);

            long heldBack = millisUntilVisible();

            assertThat(transactionStatus(holderTransaction)).as("visible only once the holder is gone")
                    .isEqualTo("aborted");
            System.out.printf("HoldBackTest: visible after %d ms unhindered, %d ms behind a transaction idle"
                    + " for up to %d ms%n", unhindered, heldBack, IDLE_TIMEOUT.toMillis());
        }
    }

    /** Registers a directive and waits until its read model shows it. */
    private static long millisUntilVisible() {
        String id = json(sides.registerDirective()).get("id").asString();
        long committed = System.nanoTime();
        await("the directive visible").atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> sides.getQuery("/api/directives/" + id).statusCode() == 200);
        return Duration.ofNanos(System.nanoTime() - committed).toMillis();
    }

    private static long writeARow(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO command.idempotency_key (actor, idempotency_key, fingerprint, created_at)
                VALUES ('hold-back-test', ?, repeat('0', 64), now())""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
        try (Statement statement = connection.createStatement();
             ResultSet id = statement.executeQuery("SELECT pg_current_xact_id()::text::bigint")) {
            id.next();
            return id.getLong(1);
        }
    }

    private static String transactionStatus(long transaction) throws SQLException {
        try (Connection connection = BothSides.commandRole();
             PreparedStatement status = connection.prepareStatement("SELECT pg_xact_status(?::text::xid8)")) {
            status.setLong(1, transaction);
            try (ResultSet result = status.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
