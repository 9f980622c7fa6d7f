package vn.directives.query.workspace.task;

import org.springframework.stereotype.Component;
import vn.directives.query.timeline.TimelineEntries;
import vn.directives.query.timeline.TimelineEntry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The task's timeline as the page lists it: when it was recorded, its effective date, who, and what changed. */
@Component
class TaskTimeline {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The page shows a task's whole history; none has come near this many steps. */
    private static final int MOST = 500;

    private final TimelineEntries entries;

    TaskTimeline(TimelineEntries entries) {
        this.entries = entries;
    }

    /** One line of the timeline. */
    record Line(LocalDateTime recordedAt, LocalDate effectiveOn, String actor, String role, String change) {
    }

    List<Line> of(String taskId, Locale locale) {
        boolean english = Forms.english(locale);
        // a member's name where the actor is a Steering Committee member; other users (accounts, which
        // keep no name) by their user id and the role they acted in: "btc-lan (Ban Tổ chức Tỉnh ủy)"
        return entries.page(taskId, 0, MOST).stream()
                .map(named -> line(named.entry(), actor(named, english), english))
                .toList();
    }

    private static String actor(TimelineEntries.Named named, boolean english) {
        if (named.actorName() != null) {
            return named.actorName();
        }
        String role = named.roleLabel(english);
        return role == null ? named.entry().actor() : named.entry().actor() + " (" + role + ")";
    }

    private static Line line(TimelineEntry entry, String actor, boolean english) {
        return new Line(LocalDateTime.ofInstant(entry.recordedAt(), VIETNAM), entry.effectiveOn(), actor, entry.role(),
                english ? entry.changeEn() : entry.changeVi());
    }
}
