package vn.directives.command.urging;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.command.calendar.UnknownCalendarYearException;
import vn.directives.events.directive.DirectiveUrgingPolicySet;
import vn.directives.events.metadata.MetadataKeys;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskOpening;
import vn.directives.events.task.TaskReassigned;
import vn.directives.events.urging.TaskUrgingPolicySet;
import vn.directives.events.urging.UrgingEvent;
import vn.directives.events.urging.UrgingPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps each open task's next urging step scheduled with Axon's deadline manager, in the
 * transaction of the events that change it (a subscribing processor): an opening schedules the
 * first step; a step taken schedules the next; an approved extension or a new policy (the task's
 * own, or its directive's default) replaces the pending step by the first one of the new plan; completion and cancellation cancel it. A
 * reassignment changes nothing here: the task names its current assignee when a step fires.
 */
@Component
@ProcessingGroup(UrgingScheduling.GROUP)
class UrgingScheduling {

    static final String GROUP = "urging";
    static final String SYSTEM_ACTOR = "urging";

    private static final Logger log = LoggerFactory.getLogger(UrgingScheduling.class);

    private final JdbcClient jdbc;
    private final DeadlineManager deadlines;
    private final UrgingPlan plan;
    private final UrgingSettings settings;
    private final Clock clock;

    UrgingScheduling(JdbcClient jdbc, DeadlineManager deadlines, UrgingPlan plan, UrgingSettings settings,
                     Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.plan = plan;
        this.settings = settings;
        this.clock = clock;
    }

    @EventHandler
    void on(TaskOpening opening, DomainEventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO command.urging_task (task_id, aggregate_type, title, directive_id, lead_unit_id,
                                                         assignee_id, due_date)
                        VALUES (:taskId, :type, :title, :directiveId, :leadUnitId, :assigneeId, :dueDate)
                        ON CONFLICT (task_id) DO NOTHING""")
                .param("taskId", opening.taskId())
                .param("type", message.getType())
                .param("title", opening.task().title())
                .param("directiveId", opening.task().directiveId())
                .param("leadUnitId", opening.task().leadUnitId())
                .param("assigneeId", opening.task().assigneeId())
                .param("dueDate", opening.task().dueDate())
                .update();
        reschedule(opening.taskId());
    }

    @EventHandler
    void on(TaskReassigned event) {
        jdbc.sql("UPDATE command.urging_task SET assignee_id = :to WHERE task_id = :taskId")
                .param("to", event.toMemberId()).param("taskId", event.taskId()).update();
    }

    @EventHandler
    void on(DueDateExtensionApproved event) {
        jdbc.sql("UPDATE command.urging_task SET due_date = :due, last_step = -1 WHERE task_id = :taskId")
                .param("due", event.newDueDate()).param("taskId", event.taskId()).update();
        reschedule(event.taskId());
    }

    @EventHandler
    void on(TaskUrgingPolicySet event) {
        jdbc.sql("""
                        UPDATE command.urging_task SET remind_before = :before, escalate_after = :after
                         WHERE task_id = :taskId""")
                .param("before", event.policy().remindWorkingDaysBefore())
                .param("after", event.policy().escalateAfterWorkingDays())
                .param("taskId", event.taskId())
                .update();
        reschedule(event.taskId());
    }

    /** The directive's open tasks without a policy of their own follow its new default from now on. */
    @EventHandler
    void on(DirectiveUrgingPolicySet event) {
        jdbc.sql("""
                        INSERT INTO command.urging_directive_policy (directive_id, remind_before, escalate_after)
                        VALUES (:directiveId, :before, :after)
                        ON CONFLICT (directive_id) DO UPDATE SET remind_before = EXCLUDED.remind_before,
                                                                 escalate_after = EXCLUDED.escalate_after""")
                .param("directiveId", event.directiveId())
                .param("before", event.policy().remindWorkingDaysBefore())
                .param("after", event.policy().escalateAfterWorkingDays())
                .update();
        jdbc.sql("""
                        SELECT task_id FROM command.urging_task
                         WHERE directive_id = :directiveId AND NOT closed AND remind_before IS NULL""")
                .param("directiveId", event.directiveId()).query(String.class).list()
                .forEach(this::reschedule);
    }

    /** A step was taken (reminder, missed deadline, escalation): the next one follows. */
    @EventHandler
    void on(UrgingEvent event) {
        int ordinal = UrgingStep.ordinalOf(event);
        if (ordinal < 0) {
            return;
        }
        jdbc.sql("UPDATE command.urging_task SET last_step = :step, deadline_id = NULL WHERE task_id = :taskId")
                .param("step", ordinal).param("taskId", event.taskId()).update();
        reschedule(event.taskId());
    }

    @EventHandler
    void on(TaskCompleted event) {
        close(event.taskId());
    }

    @EventHandler
    void on(TaskCancelled event) {
        close(event.taskId());
    }

    private void close(String taskId) {
        cancelPending(taskId);
        jdbc.sql("UPDATE command.urging_task SET closed = TRUE, deadline_id = NULL WHERE task_id = :taskId")
                .param("taskId", taskId).update();
    }

    private void reschedule(String taskId) {
        Optional<UrgingTask> found = jdbc.sql("""
                        SELECT t.task_id, t.aggregate_type, t.due_date,
                               COALESCE(t.remind_before, d.remind_before) AS remind_before,
                               COALESCE(t.escalate_after, d.escalate_after) AS escalate_after, t.last_step, t.closed
                          FROM command.urging_task t
                          LEFT JOIN command.urging_directive_policy d ON d.directive_id = t.directive_id
                         WHERE t.task_id = :taskId""")
                .param("taskId", taskId).query(UrgingTask.class).optional();
        if (found.isEmpty() || found.get().closed()) {
            return;
        }
        UrgingTask task = found.get();
        cancelPending(taskId);
        Optional<UrgingStep> next;
        try {
            next = plan.next(task.dueDate(), policyOf(task), task.lastStep() + 1, clock.instant());
        } catch (UnknownCalendarYearException e) {
            log.warn("Task {}: no urging scheduled, the working-day calendar lacks year {}", taskId, e.year());
            return;
        }
        UrgingStep step = next.orElseThrow();
        String deadlineId = deadlines.schedule(step.fireAt(), UrgingStep.DEADLINE,
                GenericDeadlineMessage.asDeadlineMessage(UrgingStep.DEADLINE, step, step.fireAt())
                        .withMetaData(Map.of(MetadataKeys.ACTOR, SYSTEM_ACTOR, MetadataKeys.ROLE, "SYSTEM")),
                new AggregateScopeDescriptor(task.aggregateType(), taskId));
        jdbc.sql("UPDATE command.urging_task SET deadline_id = :deadlineId WHERE task_id = :taskId")
                .param("deadlineId", deadlineId).param("taskId", taskId).update();
    }

    private void cancelPending(String taskId) {
        jdbc.sql("SELECT deadline_id FROM command.urging_task WHERE task_id = :taskId AND deadline_id IS NOT NULL")
                .param("taskId", taskId).query(String.class).optional()
                .ifPresent(id -> deadlines.cancelSchedule(UrgingStep.DEADLINE, id));
    }

    /** The task's own policy, else its directive's default, else the configured default. */
    private UrgingPolicy policyOf(UrgingTask task) {
        return task.remindBefore() == null ? settings.defaultPolicy()
                : new UrgingPolicy(task.remindBefore(), task.escalateAfter());
    }

    record UrgingTask(String taskId, String aggregateType, LocalDate dueDate, Integer remindBefore,
                      Integer escalateAfter, int lastStep, boolean closed) {
    }
}
