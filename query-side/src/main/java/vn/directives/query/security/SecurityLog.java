package vn.directives.query.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;


/**
 * Appends to {@code query.security_log} (append-only: a trigger refuses updates and deletes):
 * who was refused what and when, Never a password, a token or
 * a request body.
 */
@Component
class SecurityLog {

    /** What happened. */
    enum Outcome { UNAUTHENTICATED, FORBIDDEN }

    private final JdbcTemplate jdbc;

    SecurityLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a refusal or change for the current request; the user is the signed-in one if known. */
    void record(HttpServletRequest request, Outcome outcome, String rule) {
        String user = SignedInUser.current().map(SignedInUser::userId).orElse(null);
        record(request, user, outcome, rule);
    }

    void record(HttpServletRequest request, String username, Outcome outcome, String rule) {
        jdbc.update("""
                INSERT INTO query.security_log (occurred_at, side, username, outcome, method, path, rule,
                                                   correlation_id)
                VALUES (now(), 'query', ?, ?, ?, ?, ?, ?)""",
                cut(username, 100), outcome.name(), request.getMethod(),
                cut(request.getRequestURI(), 300), cut(rule, 100), cut(request.getHeader("X-Request-Id"), 100));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
