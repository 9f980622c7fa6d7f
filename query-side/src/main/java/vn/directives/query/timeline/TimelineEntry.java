package vn.directives.query.timeline;

import java.time.Instant;
import java.time.LocalDate;

/** One row of a task's timeline: one event, who did it, when, and what it changed. */
public record TimelineEntry(String eventId, String taskId, long sequenceNumber, String eventType, String actor,
                     String role, String correlationId, Instant recordedAt, LocalDate effectiveOn,
                     String changeVi, String changeEn) {
}
