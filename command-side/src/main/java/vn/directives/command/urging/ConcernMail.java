package vn.directives.command.urging;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.command.notices.NotificationPreferences;
import vn.directives.events.discussion.TaskCommented;
import vn.directives.events.discussion.TaskUrgedNow;
import vn.directives.events.metadata.MetadataKeys;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.DueDateExtensionRejected;
import vn.directives.events.task.DueDateExtensionRequested;
import vn.directives.events.task.SubTaskDelegated;
import vn.directives.events.task.TaskOpening;
import vn.directives.events.task.TaskReassigned;
import vn.directives.events.urging.NoticeRecipient;
import vn.directives.platform.notices.ConcernKind;
import vn.directives.platform.notices.ConcernRecipients;
import vn.directives.platform.notices.ConcernRecipients.Recipient;

import java.util.List;
import java.util.Optional;

/**
 * The e-mail side of what concerns a member or a unit (the inbox side is the query side's): who is
 * told is {@link ConcernRecipients}'s rule, shared with the inbox; this class writes one notice per
 * event and address into the urging outbox, in the event's transaction, and {@link NoticeSender}
 * sends it and records its delivery like any notice. A member gets it at the address of their
 * appointment unless they turned that kind off ({@link NotificationPreferences}); a unit at its
 * configured addresses. The notice id is the event's id (an urging's own notice id for an urging on
 * the spot), so a retried or replayed event never writes a second one.
 */
@Component
@ProcessingGroup(UrgingScheduling.GROUP)
class ConcernMail {

    private final JdbcClient jdbc;
    private final NoticeOutbox outbox;
    private final NoticeTemplates templates;
    private final UrgingSettings settings;
    private final NotificationPreferences preferences;

    ConcernMail(JdbcClient jdbc, NoticeOutbox outbox, NoticeTemplates templates, UrgingSettings settings,
                NotificationPreferences preferences) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
        this.preferences = preferences;
    }

    @EventHandler
    void on(TaskOpening opening, EventMessage<?> message) {
        var task = templates.facts(opening.taskId(), opening.task().title(), opening.task().directiveId());
        write(message.getIdentifier(), opening.taskId(), ConcernKind.ASSIGNED, ConcernRecipients.assigned(opening),
                NoticeRecipient.ASSIGNEE, templates.assigned(task, opening.task().dueDate()));
    }

    @EventHandler
    void on(TaskReassigned event, EventMessage<?> message) {
        templates.facts(event.taskId()).ifPresent(task -> write(message.getIdentifier(), event.taskId(),
                ConcernKind.REASSIGNED, ConcernRecipients.reassigned(event), NoticeRecipient.ASSIGNEE,
                templates.reassigned(task, event)));
    }

    @EventHandler
    void on(DueDateExtensionRequested event) {
        if (event.requestedBy() != null) {
            jdbc.sql("""
                            INSERT INTO command.notice_extension (extension_id, requested_by) VALUES (:id, :by)
                            ON CONFLICT (extension_id) DO NOTHING""")
                    .param("id", event.extensionId()).param("by", event.requestedBy()).update();
        }
    }

    @EventHandler
    void on(DueDateExtensionApproved event, EventMessage<?> message) {
        templates.facts(event.taskId()).ifPresent(task -> write(message.getIdentifier(), event.taskId(),
                ConcernKind.EXTENSION_APPROVED, ConcernRecipients.extensionDecided(requester(event.extensionId())),
                NoticeRecipient.MEMBER, templates.extensionApproved(task, event)));
    }

    @EventHandler
    void on(DueDateExtensionRejected event, EventMessage<?> message) {
        templates.facts(event.taskId()).ifPresent(task -> write(message.getIdentifier(), event.taskId(),
                ConcernKind.EXTENSION_REJECTED, ConcernRecipients.extensionDecided(requester(event.extensionId())),
                NoticeRecipient.MEMBER, templates.extensionRejected(task, event)));
    }

    @EventHandler
    void on(TaskCommented event, EventMessage<?> message) {
        Object authorUnit = message.getMetaData().get(MetadataKeys.UNIT);
        current(event.taskId()).ifPresent(task -> write(message.getIdentifier(), event.taskId(), ConcernKind.COMMENT,
                ConcernRecipients.commented(task.assigneeId(), task.leadUnitId(), event.commentedBy(),
                        authorUnit == null ? null : authorUnit.toString()),
                NoticeRecipient.ASSIGNEE, templates.commented(templates.facts(event.taskId()).orElseThrow())));
    }

    /** About the sub-task (its link, its delivery record), under the parent's directive. */
    @EventHandler
    void on(SubTaskDelegated event, EventMessage<?> message) {
        templates.facts(event.taskId()).ifPresent(parent -> {
            var subTask = new NoticeTemplates.TaskFacts(event.subTaskId(), event.title(), parent.directiveNumber());
            write(message.getIdentifier(), event.subTaskId(), ConcernKind.DELEGATED,
                    ConcernRecipients.delegated(event), NoticeRecipient.ASSIGNEE, templates.delegated(subTask, event));
        });
    }

    /** An urging on the spot goes where the automatic ones go: the assignee and the lead unit. */
    @EventHandler
    void on(TaskUrgedNow event) {
        templates.facts(event.taskId()).ifPresent(task -> write(event.noticeId(), event.taskId(), ConcernKind.URGED,
                ConcernRecipients.urged(event), NoticeRecipient.ASSIGNEE, templates.urgedNow(task, event)));
    }

    /**
     * One notice per address: a member's if they gave one and want this kind by e-mail (recorded as
     * {@code asMember}: the assignee, or another member), a unit's at each of its addresses.
     */
    private void write(String noticeId, String taskId, ConcernKind kind, List<Recipient> recipients,
                       NoticeRecipient asMember, NoticeTemplates.Notice notice) {
        for (Recipient recipient : recipients) {
            if (recipient.unit()) {
                settings.unit(recipient.id()).forEach(email ->
                        outbox.add(noticeId, taskId, NoticeRecipient.LEAD_UNIT, recipient.id(), email, notice));
            } else if (preferences.emailWanted(recipient.id(), kind)) {
                outbox.contact(recipient.id()).ifPresent(email ->
                        outbox.add(noticeId, taskId, asMember, recipient.id(), email, notice));
            }
        }
    }

    private String requester(String extensionId) {
        return jdbc.sql("SELECT requested_by FROM command.notice_extension WHERE extension_id = :id")
                .param("id", extensionId).query(String.class).optional().orElse(null);
    }

    private Optional<CurrentTask> current(String taskId) {
        return jdbc.sql("SELECT assignee_id, lead_unit_id FROM command.urging_task WHERE task_id = :taskId")
                .param("taskId", taskId).query(CurrentTask.class).optional();
    }

    record CurrentTask(String assigneeId, String leadUnitId) {
    }
}
