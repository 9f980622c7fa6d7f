package vn.directives.command.infrastructure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.directives.command.support.Api;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import vn.directives.platform.eventstore.AppendLock;
import vn.directives.platform.eventstore.CommitNotice;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A command's events take their global indexes under the append lock (docs/event-store.md): while
 * another transaction holds it, the command waits, and it completes once that transaction ends. The
 * same statement queues the notice that wakes the query side's reader when the command commits.
 */
@CommandSideTest
class AppendLockTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void a_command_appends_only_once_the_transaction_holding_the_append_lock_has_ended() throws Exception {
        Api api = new Api(port);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute(AppendLock.SQL);
            }

            CompletableFuture<Api.Answer> command = CompletableFuture.supplyAsync(() -> api.post("/api/units",
                    Map.of("name", "Đảng ủy Khối doanh nghiệp", "kind", "ORGANIZATION_COMMITTEE",
                            "effectiveOn", "2015-01-01")));
            await("the command waits for the lock").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                    .until(() -> !command.isDone());
            holder.commit();

            Api.Answer answer = command.get();
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        }
    }

    @Test
    void a_command_that_appends_sends_the_commit_notice() throws Exception {
        Api api = new Api(port);
        try (Connection listener = dataSource.getConnection()) {
            listener.setAutoCommit(true); // a LISTEN takes effect, and notices arrive, between transactions
            try (Statement listen = listener.createStatement()) {
                listen.execute("LISTEN " + CommitNotice.CHANNEL);
            }
            try {
                PGConnection notices = listener.unwrap(PGConnection.class);
                Api.Answer stored = api.post("/api/units", Map.of("name", "Đảng ủy Khối các cơ quan tỉnh",
                        "kind", "ORGANIZATION_COMMITTEE", "effectiveOn", "2015-01-01"));
                assertThat(stored.status()).as(stored.body().toString()).isEqualTo(201);
                PGNotification[] afterCommit = notices.getNotifications(10_000);

                assertThat(afterCommit).extracting(PGNotification::getName).contains(CommitNotice.CHANNEL);
            } finally {
                try (Statement unlisten = listener.createStatement()) {
                    unlisten.execute("UNLISTEN *"); // the connection goes back to the pool
                }
            }
        }
    }
}
