package vn.directives.query.timeline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a task's timeline as readers see it. {@code change} and {@code roleLabel} are in
 * the language asked for (Vietnamese unless {@code ?lang=en}); {@code changeEn} is always English.
 */
record TimelineEntryView(long sequenceNumber, String eventId, String eventType, String actor, String role,
                         String roleLabel, Instant recordedAt, LocalDate effectiveOn, String correlationId,
                         String change, String changeEn) {

    static TimelineEntryView of(TimelineEntry entry, Language language) {
        return new TimelineEntryView(entry.sequenceNumber(), entry.eventId(), entry.eventType(), entry.actor(),
                entry.role(), ActingRole.label(entry.role(), language), entry.recordedAt(), entry.effectiveOn(),
                entry.correlationId(), language.pick(entry.changeVi(), entry.changeEn()), entry.changeEn());
    }
}
