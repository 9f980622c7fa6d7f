package vn.directives.query.notifications;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.infrastructure.BatchedWrites;
import vn.directives.events.discussion.TaskCommented;
import vn.directives.events.discussion.TaskUrgedNow;
import vn.directives.events.metadata.MetadataKeys;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.DueDateExtensionRejected;
import vn.directives.events.task.DueDateExtensionRequested;
import vn.directives.events.task.SubTaskDelegated;
import vn.directives.events.task.TaskOpening;
import vn.directives.events.task.TaskReassigned;

import vn.directives.platform.notices.ConcernKind;
import vn.directives.platform.notices.ConcernRecipients;
import vn.directives.platform.notices.ConcernRecipients.Recipient;
import vn.directives.query.notifications.NotifiedTasks.TaskFacts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.directives.query.notifications.NotifiedTasks.quoted;

/**
 * Tells members and units what concerns them, beside urging: a task assigned or reassigned to a
 * member, the decision on an extension they asked for, a comment on a task they act on (to its
 * assignee and lead unit, never to its author), a sub-task delegated to a unit, and an urging on
 * the spot. Who is told is {@link ConcernRecipients}'s to say (the command side's e-mails follow
 * the same rules); this class writes what they read. Keeps, for that, each
 * task's title, assignee, lead unit and due date, and who asked for each extension. Part of the
 * notifications processor; safe to replay (one row per event and recipient); the reset handler
 * clears what it keeps (the notifications themselves are cleared by {@link NotificationProjection}).
 */
@Component
@ProcessingGroup(NotificationProjection.GROUP)
class ConcernNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String TASK = NotifiedTasks.TABLE;
    private static final String EXTENSION = "notification-extension";

    private final JdbcClient jdbc;
    private final BatchedWrites writes;
    private final NotifiedTasks tasks;

    ConcernNotices(JdbcClient jdbc, BatchedWrites writes, NotifiedTasks tasks) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.tasks = tasks;
    }

    @EventHandler
    void on(TaskOpening opening, EventMessage<?> message) {
        writes.sql("""
                        INSERT INTO query.notification_task (task_id, title, assignee_id, lead_unit_id, due_date)
                        VALUES (:taskId, :title, :assignee, :lead, :due) ON CONFLICT (task_id) DO NOTHING""")
                .param("taskId", opening.taskId())
                .param("title", opening.task().title())
                .param("assignee", opening.task().assigneeId())
                .param("lead", opening.task().leadUnitId())
                .param("due", opening.task().dueDate())
                .queue(TASK, opening.taskId());
        // the row already there, if any, wins (ON CONFLICT DO NOTHING): so does what this batch knows
        if (facts(opening.taskId()).isEmpty()) {
            tasks.remember(opening.taskId(), Optional.of(new TaskFacts(opening.task().title(),
                    opening.task().assigneeId(), opening.task().leadUnitId(), opening.task().dueDate())));
        }
        String title = opening.task().title();
        String due = DATE.format(opening.task().dueDate());
        add(message, ConcernRecipients.assigned(opening), opening.taskId(), ConcernKind.ASSIGNED,
                opening.task().dueDate(),
                "Đồng chí được giao nhiệm vụ %s, hạn hoàn thành %s.".formatted(quoted(title), due),
                "You were given the task %s, due %s.".formatted(quoted(title), due));
    }

    @EventHandler
    void on(TaskReassigned event, EventMessage<?> message) {
        writes.sql("UPDATE query.notification_task SET assignee_id = :to WHERE task_id = :taskId")
                .param("to", event.toMemberId()).param("taskId", event.taskId()).queue(TASK, event.taskId());
        tasks.remember(event.taskId(), facts(event.taskId()).map(task ->
                new TaskFacts(task.title(), event.toMemberId(), task.leadUnitId(), task.dueDate())));
        facts(event.taskId()).ifPresent(task -> add(message, ConcernRecipients.reassigned(event), event.taskId(),
                ConcernKind.REASSIGNED, task.dueDate(),
                "Nhiệm vụ %s được giao lại cho đồng chí (lý do: %s).".formatted(named(task), event.reason()),
                "The task %s was reassigned to you (reason: %s).".formatted(named(task), event.reason())));
    }

    @EventHandler
    void on(DueDateExtensionRequested event) {
        writes.sql("""
                        INSERT INTO query.notification_extension (extension_id, task_id, requested_by)
                        VALUES (:id, :taskId, :by) ON CONFLICT (extension_id) DO NOTHING""")
                .param("id", event.extensionId()).param("taskId", event.taskId()).param("by", event.requestedBy())
                .queue(EXTENSION, event.extensionId());
        // an extension's requester never changes: the row already there, if any, says the same
        requesters().put(event.extensionId(), Optional.ofNullable(event.requestedBy()));
    }

    @EventHandler
    void on(DueDateExtensionApproved event, EventMessage<?> message) {
        writes.sql("UPDATE query.notification_task SET due_date = :due WHERE task_id = :taskId")
                .param("due", event.newDueDate()).param("taskId", event.taskId()).queue(TASK, event.taskId());
        tasks.remember(event.taskId(), facts(event.taskId()).map(task ->
                new TaskFacts(task.title(), task.assigneeId(), task.leadUnitId(), event.newDueDate())));
        String due = DATE.format(event.newDueDate());
        requester(event.extensionId()).ifPresent(requester -> facts(event.taskId()).ifPresent(task ->
                add(message, ConcernRecipients.extensionDecided(requester), event.taskId(),
                        ConcernKind.EXTENSION_APPROVED, task.dueDate(),
                        "Đề nghị gia hạn nhiệm vụ %s đã được chấp thuận: hạn mới %s.".formatted(named(task), due),
                        "Your extension of the task %s was approved: now due %s.".formatted(named(task), due))));
    }

    @EventHandler
    void on(DueDateExtensionRejected event, EventMessage<?> message) {
        requester(event.extensionId()).ifPresent(requester -> facts(event.taskId()).ifPresent(task ->
                add(message, ConcernRecipients.extensionDecided(requester), event.taskId(),
                        ConcernKind.EXTENSION_REJECTED, task.dueDate(),
                        "Đề nghị gia hạn nhiệm vụ %s không được chấp thuận (lý do: %s).".formatted(named(task),
                                event.reason()),
                        "Your extension of the task %s was rejected (reason: %s).".formatted(named(task),
                                event.reason()))));
    }

    @EventHandler
    void on(TaskCommented event, EventMessage<?> message) {
        facts(event.taskId()).ifPresent(task -> {
            String vi = "Có ý kiến mới về nhiệm vụ %s.".formatted(named(task));
            String en = "New comment on the task %s.".formatted(named(task));
            Object authorUnit = message.getMetaData().get(MetadataKeys.UNIT);
            add(message, ConcernRecipients.commented(task.assigneeId(), task.leadUnitId(), event.commentedBy(),
                    authorUnit == null ? null : authorUnit.toString()), event.taskId(), ConcernKind.COMMENT,
                    task.dueDate(), vi, en);
        });
    }

    /** To the lower-level unit, linking to the sub-task (its assignee hears of it by the sub-task's opening). */
    @EventHandler
    void on(SubTaskDelegated event, EventMessage<?> message) {
        String due = DATE.format(event.dueDate());
        String subTask = quoted(event.title());
        add(message, ConcernRecipients.delegated(event), event.subTaskId(), ConcernKind.DELEGATED, event.dueDate(),
                "Đơn vị được giao nhiệm vụ %s (giao từ cấp trên), hạn hoàn thành %s.".formatted(subTask, due),
                "Your unit was given the task %s (delegated from above), due %s.".formatted(subTask, due));
    }

    /** The in-app side of an urging on the spot; its e-mail is the command side's outbox. */
    @EventHandler
    void on(TaskUrgedNow event, EventMessage<?> message) {
        facts(event.taskId()).ifPresent(task -> {
            String vi = "Đôn đốc nhiệm vụ %s: %s".formatted(named(task), event.message());
            String en = "Urging on the task %s: %s".formatted(named(task), event.message());
            for (Recipient recipient : ConcernRecipients.urged(event)) {
                NotificationProjection.insert(writes, event.noticeId(), recipient.id(), event.taskId(),
                        ConcernKind.URGED.name(), task.dueDate(), message.getTimestamp(), vi, en);
            }
        });
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE query.notification_task, query.notification_extension").update();
    }

    private void add(EventMessage<?> message, List<Recipient> recipients, String taskId, ConcernKind kind,
                     LocalDate dueDate, String vi, String en) {
        for (Recipient recipient : recipients) {
            NotificationProjection.insert(writes, message.getIdentifier(), recipient.id(), taskId, kind.name(),
                    dueDate, message.getTimestamp(), vi, en);
        }
    }

    private static String named(TaskFacts task) {
        return quoted(task.title());
    }

    private Optional<TaskFacts> facts(String taskId) {
        return tasks.facts(taskId);
    }

    private Optional<String> requester(String extensionId) {
        return requesters().computeIfAbsent(extensionId, id -> jdbc
                .sql("SELECT requested_by FROM query.notification_extension WHERE extension_id = :id")
                .param("id", id).query(String.class).optional());
    }

    private Map<String, Optional<String>> requesters() {
        return writes.batchState("notification-extension");
    }
}
