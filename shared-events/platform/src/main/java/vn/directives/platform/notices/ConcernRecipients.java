package vn.directives.platform.notices;

import vn.directives.events.discussion.TaskUrgedNow;
import vn.directives.events.task.SubTaskDelegated;
import vn.directives.events.task.TaskOpening;
import vn.directives.events.task.TaskReassigned;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is told of an event, and as what kind. The query side writes these recipients' inbox rows,
 * the command side their e-mails (where their preferences allow): one rule, two channels. Each
 * side keeps the task facts a rule needs (assignee, lead unit, who asked for an extension) in its
 * own tables, since neither reads the other's.
 */
public final class ConcernRecipients {

    private ConcernRecipients() {
    }

    /** A member (by member id, which is also their user id) or a unit (by unit id). */
    public record Recipient(String id, boolean unit) {

        static Recipient member(String id) {
            return new Recipient(id, false);
        }

        static Recipient unit(String id) {
            return new Recipient(id, true);
        }
    }

    /** The assignee of a task just opened (a sub-task included). */
    public static List<Recipient> assigned(TaskOpening opening) {
        return List.of(Recipient.member(opening.task().assigneeId()));
    }

    /** The member the task now goes to. */
    public static List<Recipient> reassigned(TaskReassigned event) {
        return List.of(Recipient.member(event.toMemberId()));
    }

    /** Whoever asked for the extension, approved or rejected (unknown, nobody). */
    public static List<Recipient> extensionDecided(String requestedBy) {
        return requestedBy == null ? List.of() : List.of(Recipient.member(requestedBy));
    }

    /**
     * The task's assignee and lead unit, never the comment's author: not the assignee when they
     * wrote it, not the lead unit when one of its officers did ({@code authorUnitId}: the unit the
     * author signed in for, null if none).
     */
    public static List<Recipient> commented(String assigneeId, String leadUnitId, String authorId,
                                            String authorUnitId) {
        List<Recipient> recipients = new ArrayList<>(2);
        if (!assigneeId.equals(authorId)) {
            recipients.add(Recipient.member(assigneeId));
        }
        if (!leadUnitId.equals(authorUnitId)) {
            recipients.add(Recipient.unit(leadUnitId));
        }
        return recipients;
    }

    /**
     * The lower-level unit given the sub-task; its assignee hears of it as {@link ConcernKind#ASSIGNED}
     * by the sub-task's own opening.
     */
    public static List<Recipient> delegated(SubTaskDelegated event) {
        return List.of(Recipient.unit(event.leadUnitId()));
    }

    /** The assignee and the lead unit as they were when the task was urged. */
    public static List<Recipient> urged(TaskUrgedNow event) {
        return List.of(Recipient.member(event.assigneeId()), Recipient.unit(event.leadUnitId()));
    }
}
