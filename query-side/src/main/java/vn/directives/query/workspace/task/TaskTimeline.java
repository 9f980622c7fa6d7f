package vn.directives.query.workspace.task;

import org.springframework.stereotype.Component;
import vn.directives.query.names.Names;
import vn.directives.query.timeline.TimelineEntries;
import vn.directives.query.timeline.TimelineEntry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The task's timeline as the page lists it: when it was recorded, its effective date, who, and what changed. */
@Component
class TaskTimeline {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The page shows a task's whole history; none has come near this many steps. */
    private static final int MOST = 500;

    private final TimelineEntries entries;
    private final Names names;

    TaskTimeline(TimelineEntries entries, Names names) {
        this.entries = entries;
        this.names = names;
    }

    /** One line of the timeline. */
    record Line(LocalDateTime recordedAt, LocalDate effectiveOn, String actor, String role, String change) {
    }

    List<Line> of(String taskId, Locale locale) {
        boolean english = Forms.english(locale);
        List<TimelineEntry> page = entries.page(taskId, 0, MOST);
        // a member's name where the actor is a Steering Committee member; other users by their user id
        Map<String, String> members = names.members(page.stream().map(TimelineEntry::actor)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return page.stream()
                .map(entry -> new Line(LocalDateTime.ofInstant(entry.recordedAt(), VIETNAM), entry.effectiveOn(),
                        members.getOrDefault(entry.actor(), entry.actor()), entry.role(),
                        english ? entry.changeEn() : entry.changeVi()))
                .toList();
    }
}
