package vn.directives.command.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows the event store in global order and extends the hash chain ({@code events.event_chain})
 * over what it finds, and records an anchor (position and link of the head) now and then.
 * <p>
 * A global index is taken when a row is inserted but the row is visible only once its
 * transaction commits, so the chainer never chains past a missing index while the transaction
 * holding it may still commit: it waits. A missing index is recorded as empty (and the chain goes
 * on) only when both hold: it has been missing for {@code hole-timeout} (60 s by default; command
 * transactions are bounded at 20 s, see docs/design.md "the gap-timeout hole"), and every
 * transaction that had begun writing when the chainer first saw it missing has ended (the oldest
 * transaction id still running is at or past the snapshot's next id of that first sight). The
 * transaction that took the index got its id with it (the insert that takes an index writes the
 * row), so it is among those, and an index is recorded as empty only once it has surely rolled
 * back. So a writer outside the service that holds an index longer than the timeout is waited for,
 * as the projections wait for it (docs/event-store.md), instead of being recorded as empty and
 * reported as inserted when it commits. An event that appeared in a position recorded empty would
 * break verification.
 * Several command-side instances take turns, batch by batch, through a PostgreSQL advisory lock.
 */
@Component
class EventChainer {

    private static final long LOCK = 0x6576656e74L;
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration holeTimeout;
    private final Duration anchorInterval;
    private final ConcurrentHashMap<Long, Seen> gapsSeen = new ConcurrentHashMap<>();

    /** When a missing index was first seen, and the next transaction id then: every older one may hold it. */
    private record Seen(Instant at, long nextTransaction) {
    }

    EventChainer(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
                 @Value("${directives.chain.hole-timeout:60s}") Duration holeTimeout,
                 @Value("${directives.chain.anchor-interval:10m}") Duration anchorInterval) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.holeTimeout = holeTimeout;
        this.anchorInterval = anchorInterval;
    }

    @Scheduled(fixedDelayString = "${directives.chain.interval:1s}", initialDelayString = "${directives.chain.interval:1s}")
    void follow() {
        advance(clock.instant());
    }

    /** Chains whatever can be chained as of {@code now}; returns the head position afterwards. */
    long advance(Instant now) {
        long head = -1;
        while (true) {
            // one batch per transaction: catching up with a long history holds no transaction open for long
            Long reached = transaction.execute(status -> step(now));
            if (reached == null || reached <= head) {
                return head;
            }
            head = reached;
        }
    }

    private long step(Instant now) {
        // another instance's batch is short: wait for it (bounded by the connection's lock timeout)
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, LOCK);
        Link head = head();
        Link reached = chainBatch(head, now);
        if (reached.position() == head.position()) {
            anchorIfDue(reached, now);
        }
        return reached.position();
    }

    private record Link(long position, byte[] hash) {
    }

    private record Row(long position, boolean present, byte[] link) {
    }

    private Link head() {
        return jdbc.query("SELECT global_index, link FROM events.event_chain ORDER BY global_index DESC LIMIT 1",
                rs -> rs.next() ? new Link(rs.getLong(1), rs.getBytes(2)) : new Link(0, ChainLinks.GENESIS));
    }

    private Link chainBatch(Link from, Instant now) {
        List<Row> rows = new ArrayList<>();
        Link[] last = {from};
        boolean[] blocked = {false};
        jdbc.query("SELECT " + ChainLinks.EVENT_COLUMNS
                + ", pg_snapshot_xmin(pg_current_snapshot())::text AS oldest_running,"
                + " pg_snapshot_xmax(pg_current_snapshot())::text AS next_transaction FROM events.domain_event_entry e"
                + " WHERE e.global_index > ? ORDER BY e.global_index LIMIT " + BATCH, rs -> {
            if (blocked[0]) {
                return;
            }
            long position = rs.getLong("global_index");
            long expected = last[0].position() + 1;
            if (position > expected) {
                long next = Long.parseLong(rs.getString("next_transaction"));
                Seen seen = gapsSeen.computeIfAbsent(expected, p -> new Seen(now, next));
                if (Duration.between(seen.at(), now).compareTo(holeTimeout) < 0
                        || Long.parseLong(rs.getString("oldest_running")) < seen.nextTransaction()) {
                    blocked[0] = true;
                    return;
                }
                for (long hole = expected; hole < position; hole++) {
                    byte[] link = ChainLinks.ofHole(last[0].hash(), hole);
                    rows.add(new Row(hole, false, link));
                    last[0] = new Link(hole, link);
                }
            }
            byte[] link = ChainLinks.ofEvent(last[0].hash(), rs);
            rows.add(new Row(position, true, link));
            last[0] = new Link(position, link);
        }, from.position());
        if (!rows.isEmpty()) {
            Timestamp at = Timestamp.from(now);
            jdbc.batchUpdate("INSERT INTO events.event_chain (global_index, event_present, link, chained_at) "
                            + "VALUES (?, ?, ?, ?)", rows, rows.size(),
                    (statement, row) -> {
                        statement.setLong(1, row.position());
                        statement.setBoolean(2, row.present());
                        statement.setBytes(3, row.link());
                        statement.setTimestamp(4, at);
                    });
            gapsSeen.keySet().removeIf(position -> position <= last[0].position());
        }
        return last[0];
    }

    private void anchorIfDue(Link head, Instant now) {
        if (head.position() == 0) {
            return;
        }
        Timestamp latest = jdbc.query("SELECT max(anchored_at), max(position) FROM events.chain_anchor",
                rs -> rs.next() && rs.getLong(2) < head.position() ? rs.getTimestamp(1) : Timestamp.from(now));
        if (latest == null || Duration.between(latest.toInstant(), now).compareTo(anchorInterval) >= 0) {
            anchor(head, now);
        }
    }

    private void anchor(Link head, Instant now) {
        jdbc.update("INSERT INTO events.chain_anchor (position, link, anchored_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (position) DO NOTHING", head.position(), head.hash(), Timestamp.from(now));
    }
}
