package vn.directives.command.infrastructure.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency keys and the answers given to them, in {@code command.idempotency_key}. A key is
 * claimed and answered inside the transaction of the command it guards, so a committed row always
 * holds an answer; a row without one can only be the leftover of a version that claimed keys in a
 * transaction of their own, and is taken over.
 */
@Component
class IdempotencyStore {

    /** What an earlier, finished request with this key tells a new one. */
    enum Outcome { ANSWERED, DIFFERENT_REQUEST }

    record Answer(int status, String contentType, String location, String etag, byte[] body) {
    }

    record Earlier(Outcome outcome, Answer answer) {
    }

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The finished request that used this key, if any (committed rows only). */
    Optional<Earlier> earlier(String actor, String key, String fingerprint) {
        List<Earlier> found = jdbc.query("""
                SELECT fingerprint, status, content_type, location, etag, body FROM command.idempotency_key
                WHERE actor = ? AND idempotency_key = ? AND status IS NOT NULL""", (rs, row) ->
                rs.getString("fingerprint").equals(fingerprint)
                        ? new Earlier(Outcome.ANSWERED, new Answer(rs.getInt("status"), rs.getString("content_type"),
                        rs.getString("location"), rs.getString("etag"), rs.getBytes("body")))
                        : new Earlier(Outcome.DIFFERENT_REQUEST, null), actor, key);
        return found.stream().findFirst();
    }

    /**
     * Claims the key in the caller's transaction. While another transaction holds an uncommitted
     * claim of the same key, PostgreSQL makes this wait (at most the lock timeout) until that one
     * commits or rolls back. False when a finished request holds the key.
     */
    boolean claim(String actor, String key, String fingerprint) {
        return jdbc.update("""
                INSERT INTO command.idempotency_key AS k (actor, idempotency_key, fingerprint, created_at)
                VALUES (?, ?, ?, now())
                ON CONFLICT (actor, idempotency_key) DO UPDATE SET fingerprint = excluded.fingerprint, created_at = now()
                WHERE k.status IS NULL""", actor, key, fingerprint) == 1;
    }

    /** Stores the answer of a claimed key, in the transaction that claimed it. */
    void remember(String actor, String key, Answer answer) {
        jdbc.update("""
                UPDATE command.idempotency_key SET status = ?, content_type = ?, location = ?, etag = ?, body = ?
                WHERE actor = ? AND idempotency_key = ?""",
                answer.status(), answer.contentType(), answer.location(), answer.etag(), answer.body(), actor, key);
    }

    /**
     * Stores the answer of a request that changed nothing (its transaction was rolled back), unless
     * another request with the key finished meanwhile.
     */
    void rememberRefusal(String actor, String key, String fingerprint, Answer answer) {
        jdbc.update("""
                INSERT INTO command.idempotency_key AS k (actor, idempotency_key, fingerprint, created_at, status,
                                                          content_type, location, etag, body)
                VALUES (?, ?, ?, now(), ?, ?, ?, ?, ?)
                ON CONFLICT (actor, idempotency_key) DO UPDATE SET fingerprint = excluded.fingerprint,
                    status = excluded.status, content_type = excluded.content_type, location = excluded.location,
                    etag = excluded.etag, body = excluded.body
                WHERE k.status IS NULL""", actor, key, fingerprint, answer.status(), answer.contentType(),
                answer.location(), answer.etag(), answer.body());
    }

    static String fingerprint(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
