package vn.directives.command.urging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.events.discussion.TaskUrgedNow;
import vn.directives.events.urging.TaskEscalated;
import vn.directives.events.urging.TaskReminderIssued;

import java.time.format.DateTimeFormatter;

/**
 * The Vietnamese e-mails of urging, English below: which task, which directive, when it is due
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
        TaskFacts task = facts(event.taskId());
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
        TaskFacts task = facts(event.taskId());
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
    Notice urgedNow(TaskUrgedNow event) {
        TaskFacts task = facts(event.taskId());
        return new Notice("[Đôn đốc] Nhiệm vụ \"%s\"".formatted(task.title()),
                body(task, "Đồng chí được đôn đốc thực hiện nhiệm vụ dưới đây, với lời nhắn:\n\n    %s"
                                .formatted(event.message()),
                        "You are urged to carry out the task below, with this message:\n\n    %s"
                                .formatted(event.message())));
    }

    private String body(TaskFacts task, String situationVi, String situationEn) {
        String link = settings.taskLinkBase() + "/api/tasks/" + task.taskId();
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

    private TaskFacts facts(String taskId) {
        return jdbc.sql("""
                        SELECT t.task_id, t.title, COALESCE(d.number, t.directive_id) AS directive_number
                          FROM command.urging_task t LEFT JOIN command.directive d ON d.directive_id = t.directive_id
                         WHERE t.task_id = :taskId""")
                .param("taskId", taskId).query(TaskFacts.class).single();
    }

    record TaskFacts(String taskId, String title, String directiveNumber) {
    }
}
