package vn.directives.query.deadlines;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.infrastructure.BatchedWrites;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskOpening;
import vn.directives.events.task.TaskReassigned;

/**
 * Keeps one row per task of any kind with what deadlines need: who leads it, who it is assigned
 * to, its due date after approved extensions and whether it is still open. Safe to replay: each
 * row keeps the sequence number of the task's last event applied and skips events at or below it.
 */
@Component
@ProcessingGroup(TaskDeadlineProjection.GROUP)
class TaskDeadlineProjection {

    static final String GROUP = "task-deadlines";

    private final JdbcClient jdbc;
    private final BatchedWrites writes;

    TaskDeadlineProjection(JdbcClient jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(TaskOpening opening, @SequenceNumber long sequence) {
        writes.sql("""
                        INSERT INTO query.task_deadline (task_id, kind, title, lead_unit_id, assignee_id, opened_on,
                                                         due_date, status, last_sequence)
                        VALUES (:taskId, :kind, :title, :leadUnitId, :assigneeId, :openedOn, :dueDate, 'OPEN', :sequence)
                        ON CONFLICT (task_id) DO NOTHING""")
                .param("taskId", opening.taskId())
                .param("kind", opening.kind().name())
                .param("title", opening.task().title())
                .param("leadUnitId", opening.task().leadUnitId())
                .param("assigneeId", opening.task().assigneeId())
                .param("openedOn", opening.openedOn())
                .param("dueDate", opening.task().dueDate())
                .param("sequence", sequence)
                .queue("task", opening.taskId());
    }

    @EventHandler
    void on(TaskReassigned event, @SequenceNumber long sequence) {
        change(event.taskId(), sequence, "assignee_id = :value", event.toMemberId());
    }

    @EventHandler
    void on(DueDateExtensionApproved event, @SequenceNumber long sequence) {
        change(event.taskId(), sequence, "due_date = :value", event.newDueDate());
    }

    @EventHandler
    void on(TaskCancelled event, @SequenceNumber long sequence) {
        change(event.taskId(), sequence, "status = :value", "CANCELLED");
    }

    @EventHandler
    void on(TaskCompleted event, @SequenceNumber long sequence) {
        change(event.taskId(), sequence, "status = :value", "COMPLETED");
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM query.task_deadline").update();
    }

    private void change(String taskId, long sequence, String assignment, Object value) {
        writes.sql("UPDATE query.task_deadline SET " + assignment + ", last_sequence = :sequence"
                        + " WHERE task_id = :taskId AND last_sequence < :sequence")
                .param("value", value)
                .param("sequence", sequence)
                .param("taskId", taskId)
                .queue("task", taskId);
    }
}
