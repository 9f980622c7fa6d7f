package vn.directives.platform.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/**
 * A sign-in refused unchecked because of repeated wrong passwords: answered 429 with
 * {@code Retry-After} by the API and with {@code /signin?throttled} by the workspace. Only the
 * first refusal of a burst is written to the security log.
 */
public final class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;
    private final boolean firstOfBurst;
    private final String per;

    SignInThrottledException(Duration retryAfter, boolean firstOfBurst, String per) {
        super("too many failed sign-ins");
        this.retryAfter = retryAfter;
        this.firstOfBurst = firstOfBurst;
        this.per = per;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean firstOfBurst() {
        return firstOfBurst;
    }

    /** The security log's rule: which count was exceeded, the account's or the address's. */
    public String rule() {
        return "sign-in-throttled-" + per;
    }
}
