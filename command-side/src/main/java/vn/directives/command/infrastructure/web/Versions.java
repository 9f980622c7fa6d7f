package vn.directives.command.infrastructure.web;

import org.springframework.http.ResponseEntity;
import vn.directives.command.common.RuleViolation;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ETags are aggregate versions: {@code "3"} means the aggregate's last event has sequence
 * number 3. {@code If-Match} names the version the client last saw; it is stale only when a user
 * changed the aggregate since (the service's own urging events do not count, see
 * {@code OnlyUserChangesConflict}), and then the 412 carries the current ETag.
 * Every answer also carries the event store position of the command's last event (body
 * {@code position} and header {@code X-Event-Position}, filled in by {@link EventPositionAdvice}):
 * the query side answers {@code ?position=} reads only once its read models have caught up with it.
 */
public final class Versions {

    /** The global index of the last event the command stored. */
    public static final String POSITION_HEADER = "X-Event-Position";

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private Versions() {
    }

    /** The version {@code If-Match} expects, or null when the header is absent or {@code *}. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = ETAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw RuleViolation.invalid("if-match-format", "If-Match",
                    "If-Match phải là một ETag do máy chủ trả về, ví dụ \"3\".",
                    "If-Match must be an ETag this server returned, e.g. \"3\".");
        }
        return Long.parseLong(matcher.group(1));
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** 201 Created with Location and the ETag of the new aggregate. */
    public static ResponseEntity<Accepted> created(URI location, String id, long version) {
        return ResponseEntity.created(location).eTag(etag(version)).body(new Accepted(id, version, null));
    }

    /** 200 OK after a state change, with the new ETag. */
    public static ResponseEntity<Accepted> changed(String id, long version) {
        return ResponseEntity.ok().eTag(etag(version)).body(new Accepted(id, version, null));
    }

    /**
     * What a command answers: the aggregate's id, its version after the command and the global
     * index of the last event the command stored (null only until {@link EventPositionAdvice} fills it in).
     */
    public record Accepted(String id, long version, Long position) {

        Accepted withPosition(long eventPosition) {
            return new Accepted(id, version, eventPosition);
        }
    }
}
