package vn.directives.command.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.directives.command.infrastructure.web.RequestIdFilter;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Appends to {@code security.security_log} (append-only: a trigger refuses updates and deletes):
 * who was refused what and when, and every change to an account. Never a password, a token or
 * a request body.
 */
@Component
public class SecurityLog {

    /** What happened. */
    public enum Outcome { UNAUTHENTICATED, FORBIDDEN, RULE_FORBIDDEN, RULE_REFUSED, ACCOUNT_CHANGED }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SecurityLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a refusal or change for the current request; the user is the signed-in one if known. */
    public void record(HttpServletRequest request, Outcome outcome, String rule) {
        String user = SignedInUser.current().map(SignedInUser::userId).orElse(null);
        record(request, user, outcome, rule);
    }

    void record(HttpServletRequest request, String username, Outcome outcome, String rule) {
        jdbc.update("""
                INSERT INTO security.security_log (occurred_at, side, username, outcome, method, path, rule,
                                                   correlation_id)
                VALUES (?, 'command', ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), cut(username, 100), outcome.name(), request.getMethod(),
                cut(request.getRequestURI(), 300), cut(rule, 100), cut(RequestIdFilter.of(request), 100));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
