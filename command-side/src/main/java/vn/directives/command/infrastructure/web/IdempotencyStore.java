package vn.directives.command.infrastructure.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Idempotency keys and the answers given to them, in {@code command.idempotency_key}. */
@Component
class IdempotencyStore {

    enum State { CLAIMED, IN_PROGRESS, DIFFERENT_REQUEST, DONE }

    record Answer(int status, String contentType, String location, String etag, byte[] body) {
    }

    record Claim(State state, Answer answer) {
    }

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for this request, or tells what became of an earlier claim. */
    Claim claim(String actor, String key, String fingerprint) {
        int inserted = jdbc.update("""
                INSERT INTO command.idempotency_key (actor, idempotency_key, fingerprint, created_at)
                VALUES (?, ?, ?, now()) ON CONFLICT DO NOTHING""", actor, key, fingerprint);
        if (inserted == 1) {
            return new Claim(State.CLAIMED, null);
        }
        List<Claim> claims = jdbc.query("""
                SELECT fingerprint, status, content_type, location, etag, body FROM command.idempotency_key
                WHERE actor = ? AND idempotency_key = ?""", (rs, row) -> {
            if (!rs.getString("fingerprint").equals(fingerprint)) {
                return new Claim(State.DIFFERENT_REQUEST, null);
            }
            int status = rs.getInt("status");
            if (rs.wasNull()) {
                return new Claim(State.IN_PROGRESS, null);
            }
            return new Claim(State.DONE, new Answer(status, rs.getString("content_type"), rs.getString("location"),
                    rs.getString("etag"), rs.getBytes("body")));
        }, actor, key);
        // The first request failed and released the key between our insert and select: try again.
        return claims.isEmpty() ? claim(actor, key, fingerprint) : claims.get(0);
    }

    void remember(String actor, String key, Answer answer) {
        jdbc.update("""
                UPDATE command.idempotency_key SET status = ?, content_type = ?, location = ?, etag = ?, body = ?
                WHERE actor = ? AND idempotency_key = ?""",
                answer.status(), answer.contentType(), answer.location(), answer.etag(), answer.body(), actor, key);
    }

    void release(String actor, String key) {
        jdbc.update("DELETE FROM command.idempotency_key WHERE actor = ? AND idempotency_key = ? AND status IS NULL",
                actor, key);
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
