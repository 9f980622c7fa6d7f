package vn.directives.query.audit;

import java.time.OffsetDateTime;

/**
 * One stored event as the audit trail shows it: where it is in the store, when it was recorded,
 * what happened (the event type) to which thing, and who did it, in which role, for which unit,
 * as part of which request. The payload is left out: the trail answers who did what and when,
 * and shows no personal data. A fact a history migration brought in also says so: its migration
 * job, the source its confirmer (the actor) named, and the day the older system had recorded it
 * (all null for anything else).
 */
public record AuditEntry(long position, OffsetDateTime recordedAt, String event, String aggregateId, long sequence,
                  String actor, String role, String unit, String correlationId, String causationId,
                  String importJobId, String migrationSource, String recordedOriginallyOn) {
}
