package vn.directives.query.notifications;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.infrastructure.BatchedWrites;
import vn.directives.events.urging.TaskEscalated;
import vn.directives.events.urging.TaskReminderIssued;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The in-app side of urging: a reminder goes to the assignee's list, an escalation to the lead
 * unit's and the Organization Committee's, naming the task as every notification does
 * ({@link NotifiedTasks#named}). Safe to replay (one row per notice and recipient) and
 * to rebuild: the reset handler clears the notifications, never what was read.
 */
@Component
@ProcessingGroup(NotificationProjection.GROUP)
class NotificationProjection {

    static final String GROUP = "notifications";
    static final String ORGANIZATION_COMMITTEE = "organization-committee";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final BatchedWrites writes;
    private final NotifiedTasks tasks;

    NotificationProjection(JdbcClient jdbc, BatchedWrites writes, NotifiedTasks tasks) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.tasks = tasks;
    }

    @EventHandler
    void on(TaskReminderIssued event, @Timestamp Instant recordedAt) {
        String due = DATE.format(event.dueDate());
        String task = tasks.named(event.taskId());
        String vi = event.workingDaysLeft() > 0
                ? "Nhiệm vụ %s đến hạn ngày %s (còn %d ngày làm việc).".formatted(task, due, event.workingDaysLeft())
                : "Nhiệm vụ %s đến hạn hôm nay (%s).".formatted(task, due);
        String en = event.workingDaysLeft() > 0
                ? "The task %s is due on %s (%d working days left).".formatted(task, due, event.workingDaysLeft())
                : "The task %s is due today (%s).".formatted(task, due);
        add(event.noticeId(), event.assigneeId(), event.taskId(), "REMINDER", event.dueDate(), recordedAt, vi, en);
    }

    @EventHandler
    void on(TaskEscalated event, @Timestamp Instant recordedAt) {
        String due = DATE.format(event.dueDate());
        String task = tasks.named(event.taskId());
        String vi = "Nhiệm vụ %s (hạn %s) đã quá hạn %d ngày làm việc (báo cáo lần %d).".formatted(task, due,
                event.workingDaysOverdue(), event.round());
        String en = "The task %s (due %s) is %d working days overdue (notice %d).".formatted(task, due,
                event.workingDaysOverdue(), event.round());
        add(event.noticeId(), event.leadUnitId(), event.taskId(), "ESCALATION", event.dueDate(), recordedAt, vi, en);
        add(event.noticeId(), ORGANIZATION_COMMITTEE, event.taskId(), "ESCALATION", event.dueDate(), recordedAt, vi,
                en);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM query.notification").update();
    }

    /** One id per notice and recipient, the same on every replay. */
    static String idOf(String noticeId, String recipient) {
        return UUID.nameUUIDFromBytes((noticeId + "|" + recipient).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void add(String noticeId, String recipient, String taskId, String kind, LocalDate dueDate,
                     Instant recordedAt, String vi, String en) {
        insert(writes, noticeId, recipient, taskId, kind, dueDate, recordedAt, vi, en);
    }

    /**
     * Adds one notification unless it is there already (shared with {@link ConcernNotices}), at the
     * end of the batch; a notification is its own key (nothing reads or changes it while replaying).
     */
    static void insert(BatchedWrites writes, String noticeId, String recipient, String taskId, String kind,
                       LocalDate dueDate, Instant recordedAt, String vi, String en) {
        String id = idOf(noticeId, recipient);
        writes.sql("""
                        INSERT INTO query.notification (notification_id, recipient, task_id, kind, due_date, created_at,
                                                        text_vi, text_en)
                        VALUES (:id, :recipient, :taskId, :kind, :dueDate, :createdAt, :vi, :en)
                        ON CONFLICT (notification_id) DO NOTHING""")
                .param("id", id)
                .param("recipient", recipient)
                .param("taskId", taskId)
                .param("kind", kind)
                .param("dueDate", dueDate)
                .param("createdAt", recordedAt.atOffset(ZoneOffset.UTC))
                .param("vi", vi)
                .param("en", en)
                .queue("notification", id);
    }
}
