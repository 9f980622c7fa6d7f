package vn.directives.query.eventstore;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.directives.platform.eventstore.AppendLock;
import vn.directives.query.infrastructure.BothSides;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.directives.query.infrastructure.BothSides.json;

/**
 * An event whose transaction commits late reaches every projection, however late: the readers'
 * gap timeout (1 s here) and gap offset (5 events here) are deliberately short, and the late
 * transaction stays open past both while later commands commit. Main's configuration (Axon's
 * statements, which read every committed row) skipped the late event in each case.
 */
class LateCommitTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(1);
    private static final int MAX_GAP_OFFSET = 5;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static BothSides sides;

    @BeforeAll
    static void start() {
        sides = BothSides.start(List.of(),
                "--directives.events.gap-timeout=" + GAP_TIMEOUT.toMillis() + "ms",
                "--directives.events.max-gap-offset=" + MAX_GAP_OFFSET);
        sides.awaitCaughtUp(PATIENCE);
    }

    @AfterAll
    static void stop() {
        if (sides != null) {
            sides.close();
        }
    }

    @Test
    void a_transaction_that_inserted_an_event_and_commits_late_is_delivered_to_every_projection() throws Exception {
        String template = json(sides.registerDirective()).get("id").asString();
        try (Connection late = BothSides.commandRole()) {
            late.setAutoCommit(false);
            Held held = insertCopy(late, template);

            commitLaterEventsPastTheGapSettings(held);
            late.commit();

            assertEveryProjectionApplied(held);
        }
    }

    @Test
    void a_transaction_that_wrote_another_row_before_its_event_and_commits_late_is_delivered_too() throws Exception {
        String template = json(sides.registerDirective()).get("id").asString();
        try (Connection late = BothSides.commandRole()) {
            late.setAutoCommit(false);
            writeIdempotencyRecord(late);
            Held held = insertCopy(late, template);

            commitLaterEventsPastTheGapSettings(held);
            late.commit();

            assertEveryProjectionApplied(held);
        }
    }

    /**
     * The hard case: a transaction that wrote a row first (an older transaction id) appends, after a
     * newer transaction took a lower index and is still open, more events than the gap offset.
     * Without the append lock they would be delivered past the open one's event (their transaction
     * is older than every open one), and the gap it leaves dropped; with it, the older transaction
     * waits for the open one and its events take the next indexes.
     */
    @Test
    void an_older_transaction_appending_behind_an_open_one_waits_for_it() throws Exception {
        String template = json(sides.registerDirective()).get("id").asString();
        try (Connection older = BothSides.commandRole(); Connection open = BothSides.commandRole()) {
            older.setAutoCommit(false);
            open.setAutoCommit(false);
            writeIdempotencyRecord(older);
            lockAppends(open);
            Held first = insertCopy(open, template);

            CompletableFuture<Held> second = CompletableFuture.supplyAsync(() -> {
                try {
                    lockAppends(older);
                    Held appended = insertCopy(older, template);
                    for (int i = 0; i < MAX_GAP_OFFSET; i++) {
                        insertCopy(older, template);
                    }
                    older.commit();
                    return appended;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            await("the open transaction held past the gap timeout").pollDelay(GAP_TIMEOUT.multipliedBy(2))
                    .atMost(GAP_TIMEOUT.multipliedBy(3)).until(() -> true);
            assertThat(second).as("the older transaction waits for the open one").isNotDone();
            open.commit();

            Held appended = second.get();
            assertThat(appended.globalIndex()).isGreaterThan(first.globalIndex());
            assertEveryProjectionApplied(first);
            assertEveryProjectionApplied(appended);
        }
    }

    /**
     * More committed events than the gap offset after the held one, while more than the gap
     * timeout passes; projections must not move past the held event meanwhile.
     */
    private static void commitLaterEventsPastTheGapSettings(Held held) {
        long last = 0;
        for (int i = 0; i < MAX_GAP_OFFSET; i++) {
            last = json(sides.registerDirective()).get("position").asLong();
        }
        assertThat(last - held.globalIndex()).isGreaterThan(MAX_GAP_OFFSET);
        await("past the gap timeout").pollDelay(GAP_TIMEOUT.multipliedBy(2)).atMost(GAP_TIMEOUT.multipliedBy(3))
                .until(() -> true);
        assertThat(sides.getQuery("/api/directives/" + held.directiveId()).statusCode())
                .as("not visible before its transaction commits").isEqualTo(404);
    }

    private static void assertEveryProjectionApplied(Held held) {
        await("the late directive visible").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> sides.getQuery("/api/directives/" + held.directiveId()).statusCode() == 200);
        await("every processor past the late event").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> StreamSupport.stream(json(sides.getQuery("/api/admin/processors")).spliterator(), false)
                        .allMatch(processor -> processor.get("position").asLong() >= held.globalIndex()));
        JsonNode processors = json(sides.getQuery("/api/admin/processors"));
        for (JsonNode processor : processors) {
            for (JsonNode segment : processor.get("segments")) {
                assertThat(StreamSupport.stream(segment.get("gaps").spliterator(), false).map(JsonNode::asLong))
                        .as("%s still waits for it, it did not give up on it", processor.get("name"))
                        .doesNotContain(held.globalIndex());
            }
        }
    }

    private record Held(long globalIndex, String directiveId) {
    }

    /** Stores, uncommitted, a copy of the directive's registration as a new directive (its id replaced). */
    private static Held insertCopy(Connection connection, String templateDirective) throws SQLException {
        String directive = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO events.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                       time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT ?, ?, 0, type, ?, payload_type, payload_revision,
                       convert_to(replace(convert_from(payload, 'UTF8'), aggregate_identifier, ?), 'UTF8'), meta_data
                  FROM events.domain_event_entry
                 WHERE aggregate_identifier = ? AND sequence_number = 0
                RETURNING global_index""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, directive);
            insert.setString(3, Instant.now().toString());
            insert.setString(4, directive);
            insert.setString(5, templateDirective);
            try (ResultSet stored = insert.executeQuery()) {
                assertThat(stored.next()).isTrue();
                return new Held(stored.getLong(1), directive);
            }
        }
    }

    private static void writeIdempotencyRecord(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO command.idempotency_key (actor, idempotency_key, fingerprint, created_at)
                VALUES ('late-commit-test', ?, repeat('0', 64), now())""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
    }

    private static void lockAppends(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(AppendLock.SQL)) {
            lock.execute();
        }
    }
}
