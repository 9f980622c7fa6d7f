package vn.directives.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Function;

/**
 * Appends to a side's security log (append-only: a trigger refuses updates and deletes): who was
 * refused what and when, throttled sign-in bursts, and every change to an account. Never a
 * password, a token or a request body. Each side writes its own table ({@code security.security_log}
 * for the command side, {@code query.security_log} for the query side), which its role may append to.
 */
public class SecurityLog {

    /** What happened. */
    public enum Outcome { UNAUTHENTICATED, FORBIDDEN, RULE_FORBIDDEN, RULE_REFUSED, ACCOUNT_CHANGED, THROTTLED }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String insert;
    private final String side;
    private final Function<HttpServletRequest, String> correlationId;

    /**
     * @param table         the side's log table, schema-qualified (a constant, never user input)
     * @param side          {@code command} or {@code query}
     * @param correlationId how the side finds a request's correlation id
     */
    public SecurityLog(JdbcTemplate jdbc, Clock clock, String table, String side,
                       Function<HttpServletRequest, String> correlationId) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.side = side;
        this.correlationId = correlationId;
        this.insert = "INSERT INTO " + table + " (occurred_at, side, username, outcome, method, path, rule, "
                + "correlation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** Records a refusal or change for the current request; the user is the signed-in one if known. */
    public void record(HttpServletRequest request, Outcome outcome, String rule) {
        String user = SignedInUser.current().map(SignedInUser::userId).orElse(null);
        record(request, user, outcome, rule);
    }

    public void record(HttpServletRequest request, String username, Outcome outcome, String rule) {
        jdbc.update(insert, Timestamp.from(clock.instant()), side, cut(username, 100), outcome.name(),
                request.getMethod(), cut(request.getRequestURI(), 300), cut(rule, 100),
                cut(correlationId(request), 100));
    }

    /** The request's correlation id, as the side knows it. */
    public String correlationId(HttpServletRequest request) {
        return correlationId.apply(request);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
