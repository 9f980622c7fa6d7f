package vn.directives.command.urging;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.events.steering.SteeringMemberAppointed;
import vn.directives.events.urging.NoticeRecipient;
import vn.directives.events.urging.TaskEscalated;
import vn.directives.events.urging.TaskReminderIssued;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes the notices a reminder or an escalation calls for into the outbox, in the transaction
 * that records the step (a subscribing processor), so that a notice exists if and only if its
 * step was recorded; {@link ConcernMail} writes the other kinds through {@link #add} the same way. Nothing is sent here: {@link NoticeSender} sends afterwards, outside any
 * command transaction. Also keeps the members' contacts the notices are addressed to.
 */
@Component
@ProcessingGroup(UrgingScheduling.GROUP)
class NoticeOutbox {

    private final JdbcClient jdbc;
    private final NoticeTemplates templates;
    private final UrgingSettings settings;
    private final Clock clock;

    NoticeOutbox(JdbcClient jdbc, NoticeTemplates templates, UrgingSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.settings = settings;
        this.clock = clock;
    }

    @EventHandler
    void on(SteeringMemberAppointed event) {
        jdbc.sql("""
                        INSERT INTO command.urging_member_contact (member_id, display_name, email)
                        VALUES (:memberId, :name, :email)
                        ON CONFLICT (member_id) DO UPDATE SET display_name = EXCLUDED.display_name,
                                                              email = EXCLUDED.email""")
                .param("memberId", event.memberId())
                .param("name", event.contact().displayName())
                .param("email", event.contact().email())
                .update();
    }

    @EventHandler
    void on(TaskReminderIssued event) {
        NoticeTemplates.Notice notice = templates.reminder(event);
        contact(event.assigneeId()).ifPresent(email ->
                add(event.noticeId(), event.taskId(), NoticeRecipient.ASSIGNEE, event.assigneeId(), email, notice));
    }

    @EventHandler
    void on(TaskEscalated event) {
        NoticeTemplates.Notice notice = templates.escalation(event);
        for (String email : settings.unit(event.leadUnitId())) {
            add(event.noticeId(), event.taskId(), NoticeRecipient.LEAD_UNIT, event.leadUnitId(), email, notice);
        }
        for (String email : settings.organizationCommittee()) {
            add(event.noticeId(), event.taskId(), NoticeRecipient.ORGANIZATION_COMMITTEE, "ban-to-chuc", email,
                    notice);
        }
    }

    /** The member's address, if they gave one. */
    Optional<String> contact(String memberId) {
        return jdbc.sql("SELECT email FROM command.urging_member_contact WHERE member_id = :memberId AND email <> ''")
                .param("memberId", memberId).query(String.class).optional();
    }

    /** Adds the notice for this address unless it is there already (a notice is written once per address). */
    void add(String noticeId, String taskId, NoticeRecipient recipient, String recipientRef, String email,
             NoticeTemplates.Notice notice) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO command.urging_notice (notice_id, task_id, recipient, recipient_ref, email, subject,
                                                           body, created_at, next_attempt_at)
                        VALUES (:noticeId, :taskId, :recipient, :ref, :email, :subject, :body, :now, :now)
                        ON CONFLICT (notice_id, email) DO NOTHING""")
                .param("noticeId", noticeId)
                .param("taskId", taskId)
                .param("recipient", recipient.name())
                .param("ref", recipientRef)
                .param("email", email)
                .param("subject", notice.subject())
                .param("body", notice.body())
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }
}
