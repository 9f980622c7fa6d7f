package vn.directives.query.audit;

import java.time.OffsetDateTime;

/** One refused attempt (or account change) from either side's security log. */
public record Refusal(String side, long id, OffsetDateTime occurredAt, String username, String outcome, String method,
               String path, String rule, String correlationId) {
}
