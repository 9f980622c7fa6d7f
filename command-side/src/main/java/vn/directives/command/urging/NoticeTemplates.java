package vn.directives.command.urging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.events.discussion.TaskUrgedNow;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.DueDateExtensionRejected;
import vn.directives.events.task.SubTaskDelegated;
import vn.directives.events.task.TaskReassigned;
import vn.directives.events.urging.TaskEscalated;
import vn.directives.events.urging.TaskReminderIssued;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The Vietnamese e-mails of urging and of what concerns a member or unit, English below: which task, which directive, when it is due
 * and a link to the task on the query side. They name the task and directive, never a person.
 */
@Component
class NoticeTemplates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final UrgingSettings settings;

    NoticeTemplates(JdbcClient jdbc, UrgingSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    record Notice(String subject, String body) {
    }

    Notice reminder(TaskReminderIssued event) {
        TaskFacts task = facts(event.taskId()).orElseThrow();
        String due = DATE.format(event.dueDate());
        if (event.workingDaysLeft() > 0) {
            return new Notice("[Đôn đốc] Nhiệm vụ \"%s\" đến hạn ngày %s".formatted(task.title(), due),
                    body(task, "Nhiệm vụ được giao cho đồng chí sẽ đến hạn ngày %s (còn %d ngày làm việc)."
                                    .formatted(due, event.workingDaysLeft()),
                            "The task assigned to you is due on %s (%d working days left)."
                                    .formatted(due, event.workingDaysLeft())));
        }
        return new Notice("[Đôn đốc] Nhiệm vụ \"%s\" đến hạn hôm nay (%s)".formatted(task.title(), due),
                body(task, "Nhiệm vụ được giao cho đồng chí đến hạn hôm nay, ngày %s.".formatted(due),
                        "The task assigned to you is due today, %s.".formatted(due)));
    }

    Notice escalation(TaskEscalated event) {
        TaskFacts task = facts(event.taskId()).orElseThrow();
        String due = DATE.format(event.dueDate());
        return new Notice("[Quá hạn] Nhiệm vụ \"%s\" quá hạn %d ngày làm việc".formatted(task.title(),
                event.workingDaysOverdue()),
                body(task, ("Nhiệm vụ do đơn vị %s chủ trì, giao thành viên Ban Chỉ đạo %s, hạn %s, đã quá hạn "
                                + "%d ngày làm việc và chưa hoàn thành (báo cáo lần %d).")
                                .formatted(event.leadUnitId(), event.assigneeId(), due, event.workingDaysOverdue(),
                                        event.round()),
                        ("The task led by unit %s, assigned to Steering Committee member %s, due %s, is %d working "
                                + "days overdue and not done (notice %d).")
                                .formatted(event.leadUnitId(), event.assigneeId(), due, event.workingDaysOverdue(),
                                        event.round())));
    }

    /** The urger's own words, quoted; who urged is said by the role, never by a person's name. */
    Notice urgedNow(TaskFacts task, TaskUrgedNow event) {
        return new Notice("[Đôn đốc] Nhiệm vụ \"%s\"".formatted(task.title()),
                body(task, "Đồng chí được đôn đốc thực hiện nhiệm vụ dưới đây, với lời nhắn:\n\n    %s"
                                .formatted(event.message()),
                        "You are urged to carry out the task below, with this message:\n\n    %s"
                                .formatted(event.message())));
    }

    Notice assigned(TaskFacts task, LocalDate dueDate) {
        String due = DATE.format(dueDate);
        return new Notice("[Giao nhiệm vụ] \"%s\", hạn %s".formatted(task.title(), due),
                body(task, "Đồng chí được giao nhiệm vụ dưới đây, hạn hoàn thành ngày %s.".formatted(due),
                        "You were given the task below, due %s.".formatted(due)));
    }

    Notice reassigned(TaskFacts task, TaskReassigned event) {
        return new Notice("[Giao lại nhiệm vụ] \"%s\"".formatted(task.title()),
                body(task, "Nhiệm vụ dưới đây được giao lại cho đồng chí (lý do: %s).".formatted(event.reason()),
                        "The task below was reassigned to you (reason: %s).".formatted(event.reason())));
    }

    Notice extensionApproved(TaskFacts task, DueDateExtensionApproved event) {
        String due = DATE.format(event.newDueDate());
        return new Notice("[Gia hạn] Đề nghị gia hạn nhiệm vụ \"%s\" được chấp thuận".formatted(task.title()),
                body(task, "Đề nghị gia hạn của đồng chí đã được chấp thuận: hạn mới ngày %s.".formatted(due),
                        "Your extension was approved: the task is now due %s.".formatted(due)));
    }

    Notice extensionRejected(TaskFacts task, DueDateExtensionRejected event) {
        return new Notice("[Gia hạn] Đề nghị gia hạn nhiệm vụ \"%s\" không được chấp thuận".formatted(task.title()),
                body(task, "Đề nghị gia hạn của đồng chí không được chấp thuận (lý do: %s).".formatted(event.reason()),
                        "Your extension was rejected (reason: %s).".formatted(event.reason())));
    }

    /** The comment itself stays on the task page: it may name people, and mail leaves the service. */
    Notice commented(TaskFacts task) {
        return new Notice("[Ý kiến] Có ý kiến mới về nhiệm vụ \"%s\"".formatted(task.title()),
                body(task, "Có ý kiến mới về nhiệm vụ dưới đây; xem toàn văn trên trang nhiệm vụ.",
                        "There is a new comment on the task below; read it on the task's page."));
    }

    Notice delegated(TaskFacts subTask, SubTaskDelegated event) {
        String due = DATE.format(event.dueDate());
        return new Notice("[Giao cho cấp dưới] \"%s\", hạn %s".formatted(subTask.title(), due),
                body(subTask, "Cấp trên giao cho đơn vị một phần nhiệm vụ, hạn hoàn thành ngày %s.".formatted(due),
                        "A part of a task was delegated to your unit, due %s.".formatted(due)));
    }

    /** The link is the workspace's page of the task (a person reads it), on the query side. */
    private String body(TaskFacts task, String situationVi, String situationEn) {
        String link = settings.taskLinkBase() + "/tasks/" + task.taskId();
        return """
                Kính gửi đồng chí,

                %s

                Nhiệm vụ: %s
                Thuộc văn bản: %s
                Xem nhiệm vụ: %s

                Ban Tổ chức Tỉnh ủy (thư tự động, vui lòng không trả lời).

                ---
                %s
                Task: %s
                Directive: %s
                Open the task: %s
                """.formatted(situationVi, task.title(), task.directiveNumber(), link,
                situationEn, task.title(), task.directiveNumber(), link);
    }

    /** The task as urging knows it; empty for a task opened before urging was deployed. */
    Optional<TaskFacts> facts(String taskId) {
        return jdbc.sql("""
                        SELECT t.task_id, t.title, COALESCE(d.number, t.directive_id) AS directive_number
                          FROM command.urging_task t LEFT JOIN command.directive d ON d.directive_id = t.directive_id
                         WHERE t.task_id = :taskId""")
                .param("taskId", taskId).query(TaskFacts.class).optional();
    }

    /** A task named by the caller (one opening now, whose row the urging processor may not have written yet). */
    TaskFacts facts(String taskId, String title, String directiveId) {
        String number = jdbc.sql("SELECT number FROM command.directive WHERE directive_id = :id")
                .param("id", directiveId).query(String.class).optional().orElse(directiveId);
        return new TaskFacts(taskId, title, number);
    }

    record TaskFacts(String taskId, String title, String directiveNumber) {
    }
}
