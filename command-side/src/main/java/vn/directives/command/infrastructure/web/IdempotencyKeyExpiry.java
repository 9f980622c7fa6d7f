package vn.directives.command.infrastructure.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes idempotency keys older than the retention ({@code directives.idempotency.retention},
 * 24 h), so that {@code command.idempotency_key} holds about one retention's worth of keyed
 * commands instead of one row per keyed command ever sent. A retry is honoured for at least the
 * retention; a key is gone at most one purge interval after it. Deleted a bounded batch per
 * statement, so a purge after a long pause holds no long transaction; every command-side instance
 * purges, and two purging at once only find fewer rows.
 */
@Component
class IdempotencyKeyExpiry {

    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeyExpiry(JdbcTemplate jdbc, Clock clock,
                         @Value("${directives.idempotency.retention:24h}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${directives.idempotency.purge-interval:10m}",
            initialDelayString = "${directives.idempotency.purge-interval:10m}")
    void purgeExpired() {
        purge(clock.instant());
    }

    /** Removes the keys created before {@code now} minus the retention; answers how many. */
    int purge(Instant now) {
        Timestamp before = Timestamp.from(now.minus(retention));
        int removed = 0;
        int batch;
        do {
            batch = jdbc.update("""
                    DELETE FROM command.idempotency_key WHERE ctid = ANY (ARRAY(
                        SELECT ctid FROM command.idempotency_key WHERE created_at < ? LIMIT ?))""", before, BATCH);
            removed += batch;
        } while (batch == BATCH);
        return removed;
    }
}
