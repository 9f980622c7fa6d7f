package vn.directives.query.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short time, which Basic credentials were verified and as whom, so that bcrypt
 * (tens of milliseconds by design) runs once per client and period rather than on every request.
 * Entries are keyed by a SHA-256 of a random per-process secret, the user name and the password:
 * the cache holds no password and its keys are useless outside this process. Every change to an
 * account empties it; other processes see a change within the time to live.
 */
final class CredentialCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(SignedInUser user, long expiresAt) {
    }

    private final byte[] secret = new byte[32];
    private final long timeToLiveNanos;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    CredentialCache(Duration timeToLive) {
        new SecureRandom().nextBytes(secret);
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    SignedInUser get(String username, String password) {
        Entry entry = entries.get(key(username, password));
        return entry != null && entry.expiresAt() - System.nanoTime() > 0 ? entry.user() : null;
    }

    void put(String username, String password, SignedInUser user) {
        if (timeToLiveNanos <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(username, password), new Entry(user, System.nanoTime() + timeToLiveNanos));
    }

    void clear() {
        entries.clear();
    }

    private String key(String username, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(secret);
            digest.update(username.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
