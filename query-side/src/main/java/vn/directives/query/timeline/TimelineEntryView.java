package vn.directives.query.timeline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a task's timeline as readers see it. {@code change} and {@code roleLabel} are in
 * the language asked for (Vietnamese unless {@code ?lang=en}); {@code changeEn} is always English.
 * {@code actorName} names the user who took the step when they are a Steering Committee member (a
 * member acts under their member id); other users act under accounts, which keep no display
 * name, so it is null for them and {@code actor} is what is known.
 */
record TimelineEntryView(long sequenceNumber, String eventId, String eventType, String actor, String actorName,
                         String role, String roleLabel, Instant recordedAt, LocalDate effectiveOn,
                         String correlationId, String change, String changeEn) {

    static TimelineEntryView of(TimelineEntries.Named named, Language language) {
        TimelineEntry entry = named.entry();
        return new TimelineEntryView(entry.sequenceNumber(), entry.eventId(), entry.eventType(), entry.actor(),
                named.actorName(), entry.role(), ActingRole.label(entry.role(), language), entry.recordedAt(),
                entry.effectiveOn(), entry.correlationId(), language.pick(entry.changeVi(), entry.changeEn()), entry.changeEn());
    }
}
