package vn.directives.query.taskboard;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.infrastructure.BatchedWrites;
import vn.directives.events.cellestablishment.CellEstablishmentEvent;
import vn.directives.events.discussion.DiscussionEvent;
import vn.directives.events.generaltask.GeneralTaskCompleted;
import vn.directives.events.generaltask.GeneralTaskEvent;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.generaltask.ProgressReported;
import vn.directives.events.membertransfer.MemberTransferEvent;
import vn.directives.events.survey.SurveyEvent;
import vn.directives.events.survey.SurveyFindingRecorded;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.DueDateExtensionRejected;
import vn.directives.events.task.DueDateExtensionRequested;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskOpening;
import vn.directives.events.task.SubTaskDelegated;
import vn.directives.events.task.TaskReassigned;
import vn.directives.events.trainingcourse.TrainingCourseEvent;
import vn.directives.events.urging.UrgingEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the task board: one row per task of every kind, with the history of its due dates and
 * assignees so that deadlines can be judged at any past date, and the last date on which one of
 * them took effect ({@code dated_until}), from which on the row's own due date and assignee are
 * those in force (see {@link TasksAtDate}). Every event of a task aggregate is
 * handled, so the row's version is the aggregate's version.
 *
 * <p>Safe to replay: each row keeps the sequence number of the last event applied and every update
 * skips an event at or below it; openings and history rows are keyed by task and sequence number
 * and inserted with ON CONFLICT DO NOTHING.
 */
@Component
@ProcessingGroup(TaskBoardProjection.GROUP)
class TaskBoardProjection {

    static final String GROUP = "task-board";

    /** Every row the projection writes belongs to one task. */
    private static final String TASK = "task";

    private final JdbcClient jdbc;
    private final BatchedWrites writes;

    TaskBoardProjection(JdbcClient jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    // ---- each kind's own events, its opening included ----------------------------------

    @EventHandler
    void on(SurveyEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        kindEvent(event.taskId(), event, sequence, recordedAt);
    }

    /**
     * A survey's findings (most of a history's events) only bring the task to its step and move its
     * version, which the stored event's type and stream (the survey, a task) tell: the payload is
     * never read, so a replay does not deserialize it (docs/event-store.md). Axon prefers this handler
     * to the survey's for its more specific type.
     */
    @EventHandler(payloadType = SurveyFindingRecorded.class)
    void onFinding(DomainEventMessage<?> finding, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepOrVersion(finding.getAggregateIdentifier(), SurveyFindingRecorded.class, sequence, recordedAt);
    }

    @EventHandler
    void on(CellEstablishmentEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        kindEvent(event.taskId(), event, sequence, recordedAt);
    }

    @EventHandler
    void on(MemberTransferEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        kindEvent(event.taskId(), event, sequence, recordedAt);
    }

    @EventHandler
    void on(TrainingCourseEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        kindEvent(event.taskId(), event, sequence, recordedAt);
    }

    @EventHandler
    void on(GeneralTaskEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        if (event instanceof ProgressReported report) {
            progressed(report, sequence, recordedAt);
        } else if (event instanceof GeneralTaskCompleted completed) {
            stepAnd(completed.taskId(), sequence, recordedAt, completed, "product_document = :document",
                    Map.of("document", completed.productDocument()));
        } else {
            kindEvent(event.taskId(), event, sequence, recordedAt);
        }
    }

    // ---- the lifecycle every kind shares -------------------------------------------------

    /** Urging (reminders, escalations, policies, deliveries) changes nothing shown; it moves the version If-Match needs. */
    @EventHandler
    void on(UrgingEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.taskId(), sequence, recordedAt, null, Map.of());
    }

    /**
     * Comments, documents and urging on the spot change nothing the board shows; they move the
     * task's version, which the board keeps equal to the task's last event.
     */
    @EventHandler
    void on(DiscussionEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.taskId(), sequence, recordedAt, null, Map.of());
    }

    /** The parent only moves its version; the sub-task's own opening names its parent. */
    @EventHandler
    void on(SubTaskDelegated event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.taskId(), sequence, recordedAt, null, Map.of());
    }

    @EventHandler
    void on(TaskReassigned event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        assignedFrom(event.taskId(), sequence, event.effectiveOn(), event.toMemberId());
        update(event.taskId(), sequence, recordedAt, """
                assignee_id = :memberId, dated_until = GREATEST(dated_until, :effectiveOn)""",
                Map.of("memberId", event.toMemberId(), "effectiveOn", event.effectiveOn()));
    }

    @EventHandler
    void on(DueDateExtensionRequested event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.taskId(), sequence, recordedAt, """
                pending_extension_id = :extensionId, pending_due_date = :requestedDueDate,
                pending_requested_on = :requestedOn""", Map.of("extensionId", event.extensionId(),
                "requestedDueDate", event.requestedDueDate(), "requestedOn", event.effectiveOn()));
    }

    @EventHandler
    void on(DueDateExtensionApproved event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        dueFrom(event.taskId(), sequence, event.effectiveOn(), event.newDueDate());
        update(event.taskId(), sequence, recordedAt, """
                due_date = :dueDate, dated_until = GREATEST(dated_until, :effectiveOn),
                extensions_approved = extensions_approved + 1, pending_extension_id = NULL,
                pending_due_date = NULL, pending_requested_on = NULL""",
                Map.of("dueDate", event.newDueDate(), "effectiveOn", event.effectiveOn()));
    }

    @EventHandler
    void on(DueDateExtensionRejected event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.taskId(), sequence, recordedAt, """
                extensions_rejected = extensions_rejected + 1, pending_extension_id = NULL,
                pending_due_date = NULL, pending_requested_on = NULL""", Map.of());
    }

    @EventHandler
    void on(TaskCancelled event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.taskId(), sequence, recordedAt, """
                status = :status, cancelled_on = :cancelledOn, cancellation_reason = :reason,
                pending_extension_id = NULL, pending_due_date = NULL, pending_requested_on = NULL""",
                Map.of("status", TaskStatus.CANCELLED.name(), "cancelledOn", event.effectiveOn(),
                        "reason", event.reason()));
    }

    @EventHandler
    void on(TaskCompleted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.taskId(), sequence, recordedAt, """
                status = :status, completed_on = :completedOn,
                pending_extension_id = NULL, pending_due_date = NULL, pending_requested_on = NULL""",
                Map.of("status", TaskStatus.COMPLETED.name(), "completedOn", event.effectiveOn()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("""
                TRUNCATE query.task_board, query.task_board_coordinating_unit, query.task_board_due_date,
                         query.task_board_assignment""").update();
    }

    // ---- writing ------------------------------------------------------------------------

    private void kindEvent(String taskId, Object event, long sequence, Instant recordedAt) {
        if (event instanceof TaskOpening opening) {
            open(opening, sequence, recordedAt);
            return;
        }
        stepOrVersion(taskId, event.getClass(), sequence, recordedAt);
    }

    /** Brings the task to the step an event of this type brings it to, or else moves only its version. */
    private void stepOrVersion(String taskId, Class<?> eventType, long sequence, Instant recordedAt) {
        TaskStep.after(eventType).ifPresentOrElse(
                step -> update(taskId, sequence, recordedAt, """
                        step = CASE WHEN :rank > step_rank THEN :step ELSE step END,
                        step_rank = GREATEST(step_rank, :rank)""", Map.of("rank", step.rank(), "step", step.name()),
                        true),
                () -> update(taskId, sequence, recordedAt, null, Map.of()));
    }

    /** A coordinating unit's contribution moves the task's step, not the task's own figure. */
    private void progressed(ProgressReported report, long sequence, Instant recordedAt) {
        if (report.coordinatingUnitId() != null) {
            kindEvent(report.taskId(), report, sequence, recordedAt);
            return;
        }
        stepAnd(report.taskId(), sequence, recordedAt, report,
                "progress_percent = :percent, progress_text = :text, progress_on = :on",
                Map.of("percent", report.percentage(), "text", report.text(), "on", report.effectiveOn()));
    }

    /** Brings the task to the step the event brings it to, and applies the event's own assignments. */
    private void stepAnd(String taskId, long sequence, Instant recordedAt, Object event, String assignments,
                         Map<String, ?> params) {
        TaskStep step = TaskStep.after(event).orElseThrow();
        Map<String, Object> all = new HashMap<>(params);
        all.put("rank", step.rank());
        all.put("step", step.name());
        update(taskId, sequence, recordedAt, """
                step = CASE WHEN :rank > step_rank THEN :step ELSE step END,
                step_rank = GREATEST(step_rank, :rank), """ + assignments, all);
    }

    private void open(TaskOpening opening, long sequence, Instant recordedAt) {
        TaskHeader task = opening.task();
        TaskStep step = TaskStep.opened(opening.kind());
        GeneralTaskOpened general = opening instanceof GeneralTaskOpened g ? g : null;
        writes.sql("""
                INSERT INTO query.task_board (task_id, kind, directive_id, point_number, title, lead_unit_id,
                       assignee_id, opened_on, opened_by, due_date, status, step, step_rank, version, last_recorded_at,
                       parent_task_id, description, expected_product, progress_percent, dated_until)
                VALUES (:taskId, :kind, :directiveId, :pointNumber, :title, :leadUnitId, :assigneeId, :openedOn,
                        :openedBy, :dueDate, :status, :step, :stepRank, :sequence, :recordedAt,
                        :parentTaskId, :description, :expectedProduct, :progress, :openedOn)
                ON CONFLICT (task_id) DO NOTHING""")
                .param("parentTaskId", general == null ? null : general.parentTaskId())
                .param("description", general == null ? null : general.description())
                .param("expectedProduct", general == null ? null : general.expectedProduct())
                .param("progress", general == null ? null : 0)
                .param("taskId", opening.taskId())
                .param("kind", opening.kind().name())
                .param("directiveId", task.directiveId())
                .param("pointNumber", task.pointNumber())
                .param("title", task.title())
                .param("leadUnitId", task.leadUnitId())
                .param("assigneeId", task.assigneeId())
                .param("openedOn", opening.openedOn())
                .param("openedBy", opening.openedBy())
                .param("dueDate", task.dueDate())
                .param("status", TaskStatus.OPEN.name())
                .param("step", step.name())
                .param("stepRank", step.rank())
                .param("sequence", sequence)
                .param("recordedAt", utc(recordedAt))
                .queue(TASK, opening.taskId());
        coordinatingUnits(opening.taskId(), task.coordinatingUnitIds());
        dueFrom(opening.taskId(), sequence, opening.openedOn(), task.dueDate());
        assignedFrom(opening.taskId(), sequence, opening.openedOn(), task.assigneeId());
    }

    private void coordinatingUnits(String taskId, List<String> unitIds) {
        for (int position = 0; position < unitIds.size(); position++) {
            writes.sql("""
                    INSERT INTO query.task_board_coordinating_unit (task_id, unit_id, position)
                    VALUES (:taskId, :unitId, :position) ON CONFLICT DO NOTHING""")
                    .param("taskId", taskId).param("unitId", unitIds.get(position)).param("position", position)
                    .queue(TASK, taskId);
        }
    }

    private void dueFrom(String taskId, long sequence, LocalDate effectiveOn, LocalDate dueDate) {
        writes.sql("""
                INSERT INTO query.task_board_due_date (task_id, sequence_number, effective_on, due_date)
                VALUES (:taskId, :sequence, :effectiveOn, :dueDate) ON CONFLICT DO NOTHING""")
                .param("taskId", taskId).param("sequence", sequence).param("effectiveOn", effectiveOn)
                .param("dueDate", dueDate)
                .queue(TASK, taskId);
    }

    private void assignedFrom(String taskId, long sequence, LocalDate effectiveOn, String memberId) {
        writes.sql("""
                INSERT INTO query.task_board_assignment (task_id, sequence_number, effective_on, member_id)
                VALUES (:taskId, :sequence, :effectiveOn, :memberId) ON CONFLICT DO NOTHING""")
                .param("taskId", taskId).param("sequence", sequence).param("effectiveOn", effectiveOn)
                .param("memberId", memberId)
                .queue(TASK, taskId);
    }

    /**
     * Applies the assignments (may be null: the event only moves the version) to the task's row,
     * unless the row has already seen this event or a later one.
     */
    private void update(String taskId, long sequence, Instant recordedAt, String assignments, Map<String, ?> params) {
        update(taskId, sequence, recordedAt, assignments, params, assignments == null);
    }

    /**
     * As above; {@code repeatable}: the assignments leave the row the same applied once or twice (a
     * step reached, nothing counted), so a run of such events of a task in one batch, e.g. a
     * survey's findings, is one update of the row to the last one's version
     * ({@link BatchedWrites.Write#queueSuperseding}).
     */
    private void update(String taskId, long sequence, Instant recordedAt, String assignments, Map<String, ?> params,
                        boolean repeatable) {
        String set = assignments == null ? "" : assignments + ", ";
        BatchedWrites.Write write = writes.sql("UPDATE query.task_board SET " + set + """
                version = :sequence, last_recorded_at = :recordedAt
                WHERE task_id = :taskId AND version < :sequence""")
                .params(params)
                .param("taskId", taskId)
                .param("sequence", sequence)
                .param("recordedAt", utc(recordedAt));
        if (repeatable) {
            write.queueSuperseding(TASK, taskId, "sequence", "recordedAt");
        } else {
            write.queue(TASK, taskId);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
