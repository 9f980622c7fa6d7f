package vn.directives.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slows down password guessing: counts wrong passwords per account and per client address in
 * memory (Caffeine, per instance). Once either count reaches its limit, attempts for that account
 * or from that address are refused without checking the password — no bcrypt, no log row — until
 * the window has passed with no attempt at all; then the counts are forgotten and the real user
 * signs in as before. Nothing is locked for good. Each instance counts on its own, so behind a
 * load balancer with n instances an attacker gets at most n times the limit per window.
 */
public final class SignInThrottle {

    private static final class Burst {
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
    }

    private final SecuritySettings.Throttle settings;
    private final Cache<String, Burst> accounts;
    private final Cache<String, Burst> addresses;

    public SignInThrottle(SecuritySettings.Throttle settings) {
        this.settings = settings;
        this.accounts = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(settings.window()).build();
        this.addresses = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(settings.window()).build();
    }

    /** The refusal for an attempt now, if this account or address is throttled. */
    Optional<SignInThrottledException> refusal(String username, String address) {
        Burst account = accounts.getIfPresent(accountKey(username));
        if (account != null && account.failures.get() >= settings.accountFailures()) {
            return Optional.of(refused(account, "account"));
        }
        Burst client = address == null ? null : addresses.getIfPresent(address);
        if (client != null && client.failures.get() >= settings.addressFailures()) {
            return Optional.of(refused(client, "address"));
        }
        return Optional.empty();
    }

    void failed(String username, String address) {
        accounts.get(accountKey(username), key -> new Burst()).failures.incrementAndGet();
        if (address != null) {
            addresses.get(address, key -> new Burst()).failures.incrementAndGet();
        }
    }

    /** A right password ends the account's count (a user who mistyped twice is not held against it). */
    void succeeded(String username) {
        accounts.invalidate(accountKey(username));
    }

    private SignInThrottledException refused(Burst burst, String per) {
        boolean first = burst.refused.getAndIncrement() == 0;
        return new SignInThrottledException(settings.window(), first, per);
    }

    private static String accountKey(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
