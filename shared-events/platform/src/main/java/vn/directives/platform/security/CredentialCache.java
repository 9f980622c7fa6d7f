package vn.directives.platform.security;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * verification instead of running bcrypt each (when an entry expires under load every client
 * thread would otherwise miss at once): Caffeine's asynchronous cache shares the one pending
 * future and drops it if it fails, so a failure is shared by the requests that waited for it and
 * never remembered. A verification that was running when the cache was emptied is not remembered
 * either: each entry carries the generation it started in, and an older one counts as absent.
 */
public final class CredentialCache {

    private record Entry(SignedInUser user, long generation) {
    }

    private final byte[] secret = new byte[32];
    private final boolean enabled;
    private final AsyncCache<String, Entry> entries;
    private final AtomicLong generation = new AtomicLong();

    public CredentialCache(Duration timeToLive) {
        new SecureRandom().nextBytes(secret);
        this.enabled = !timeToLive.isNegative() && !timeToLive.isZero();
        this.entries = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfterWrite(enabled ? timeToLive : Duration.ofNanos(1)).buildAsync();
    }

    /**
     * The user these credentials were verified as: remembered, or found by {@code verification}
     * (which throws if they are not valid), run once for all the requests that ask at the same time.
     */
    public SignedInUser verified(String username, String password, Supplier<SignedInUser> verification) {
        if (!enabled) {
            return verification.get();
        }
        String key = key(username, password);
        while (true) {
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            CompletableFuture<Entry> running = entries.asMap().putIfAbsent(key, mine);
            if (running == null) {
                return verify(key, mine, verification);
            }
            Entry entry = outcome(running);
            if (entry.generation() == generation.get()) {
                return entry.user();
            }
            entries.asMap().remove(key, running);
        }
    }

    private SignedInUser verify(String key, CompletableFuture<Entry> mine, Supplier<SignedInUser> verification) {
        long started = generation.get();
        try {
            SignedInUser user = verification.get();
            mine.complete(new Entry(user, started));
            if (generation.get() != started) {
                entries.asMap().remove(key, mine);
            }
            return user;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            entries.asMap().remove(key, mine);
            throw e;
        }
    }

    private static Entry outcome(CompletableFuture<Entry> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Forgets every verified credential (an account changed). */
    public void clear() {
        generation.incrementAndGet();
        entries.synchronous().invalidateAll();
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
