package vn.directives.command.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Remembers, for a short time, which Basic credentials were verified and as whom, so that bcrypt
 * (tens of milliseconds by design) runs once per client and period rather than on every request.
 * Entries are keyed by a SHA-256 of a random per-process secret, the user name and the password:
 * the cache holds no password and its keys are useless outside this process. Every change to an
 * account empties it; other processes see a change within the time to live.
 * <p>
 * Requests that arrive with the same credentials while they are being verified wait for that one
 * verification instead of running bcrypt each: when an entry expires under load, every client
 * thread would otherwise miss at once and the service would spend seconds of CPU on identical
 * checks (seen in the benchmark at 64 clients). A failed verification is shared by the requests
 * that waited for it and never remembered. A verification that was running when the cache was
 * emptied is not remembered, and requests after that run their own.
 */
final class CredentialCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(SignedInUser user, long expiresAt) {
    }

    private final byte[] secret = new byte[32];
    private final long timeToLiveNanos;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CompletableFuture<SignedInUser>> verifying = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    CredentialCache(Duration timeToLive) {
        new SecureRandom().nextBytes(secret);
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    /**
     * The user these credentials were verified as: remembered, or found by {@code verification}
     * (which throws if they are not valid), run once for all the requests that ask at the same time.
     */
    SignedInUser verified(String username, String password, Supplier<SignedInUser> verification) {
        String key = key(username, password);
        SignedInUser known = remembered(key);
        if (known != null) {
            return known;
        }
        CompletableFuture<SignedInUser> mine = new CompletableFuture<>();
        CompletableFuture<SignedInUser> running = verifying.putIfAbsent(key, mine);
        if (running != null) {
            return outcome(running);
        }
        try {
            // another request may have finished verifying between the look-up above and the claim
            SignedInUser user = remembered(key);
            if (user == null) {
                long started = generation.get();
                user = verification.get();
                remember(key, user, started);
            }
            mine.complete(user);
            return user;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            verifying.remove(key, mine);
        }
    }

    private SignedInUser remembered(String key) {
        Entry entry = entries.get(key);
        return entry != null && entry.expiresAt() - System.nanoTime() > 0 ? entry.user() : null;
    }

    private void remember(String key, SignedInUser user, long startedIn) {
        if (timeToLiveNanos <= 0 || generation.get() != startedIn) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        Entry entry = new Entry(user, System.nanoTime() + timeToLiveNanos);
        entries.put(key, entry);
        // emptied while this was being stored: clear() counts first, then empties
        if (generation.get() != startedIn) {
            entries.remove(key, entry);
        }
    }

    private static SignedInUser outcome(CompletableFuture<SignedInUser> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    void clear() {
        generation.incrementAndGet();
        verifying.clear();
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
