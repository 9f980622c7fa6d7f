package vn.directives.query.audit;

import java.time.OffsetDateTime;

/**
 * One stored event as the audit trail shows it: where it is in the store, when it was recorded,
 * what happened (the event type) to which thing, and who did it, in which role, for which unit,
 * as part of which request. The payload is left out: the trail answers who did what and when,
 * and shows no personal data.
 */
public record AuditEntry(long position, OffsetDateTime recordedAt, String event, String aggregateId, long sequence,
                  String actor, String role, String unit, String correlationId, String causationId) {
}
