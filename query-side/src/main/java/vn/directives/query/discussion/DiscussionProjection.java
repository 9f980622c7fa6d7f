package vn.directives.query.discussion;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.infrastructure.BatchedWrites;
import vn.directives.events.discussion.AttachmentAdded;
import vn.directives.events.discussion.TaskCommented;
import vn.directives.events.generaltask.ProgressReported;

import java.time.ZoneOffset;

/**
 * Keeps {@code query.task_comment}, {@code query.task_attachment} and the coordinating units'
 * progress reports ({@code query.task_progress_contribution}). Part of the task-timeline
 * processor, which follows every event of every task already, so that a task's comments and its
 * timeline are always as fresh as each other and no second processor reads the whole store.
 * Keyed by event: a replay inserts nothing twice; the reset handler empties both tables.
 */
@Component
@ProcessingGroup(DiscussionProjection.GROUP)
class DiscussionProjection {

    /** The timeline's processor (vn.directives.query.timeline). */
    static final String GROUP = "task-timeline";

    private final JdbcClient jdbc;
    private final BatchedWrites writes;

    DiscussionProjection(JdbcClient jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(TaskCommented event, EventMessage<?> message) {
        writes.sql("""
                        INSERT INTO query.task_comment (event_id, comment_id, task_id, text, coordinating_unit_id,
                                                        commented_by, recorded_at)
                        VALUES (:eventId, :commentId, :taskId, :text, :unit, :by, :at)
                        ON CONFLICT DO NOTHING""")
                .param("eventId", message.getIdentifier())
                .param("commentId", event.commentId())
                .param("taskId", event.taskId())
                .param("text", event.text())
                .param("unit", event.coordinatingUnitId())
                .param("by", event.commentedBy())
                .param("at", message.getTimestamp().atOffset(ZoneOffset.UTC))
                .queue("task", event.taskId());
    }

    @EventHandler
    void on(AttachmentAdded event, EventMessage<?> message) {
        writes.sql("""
                        INSERT INTO query.task_attachment (attachment_id, event_id, task_id, file_name, media_type,
                                                           size_bytes, sha256, coordinating_unit_id, added_by,
                                                           recorded_at)
                        VALUES (:id, :eventId, :taskId, :name, :type, :size, :sha256, :unit, :by, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", event.attachmentId())
                .param("eventId", message.getIdentifier())
                .param("taskId", event.taskId())
                .param("name", event.fileName())
                .param("type", event.mediaType())
                .param("size", event.sizeBytes())
                .param("sha256", event.sha256())
                .param("unit", event.coordinatingUnitId())
                .param("by", event.addedBy())
                .param("at", message.getTimestamp().atOffset(ZoneOffset.UTC))
                .queue("task", event.taskId());
    }

    /** A coordinating unit's progress report, its contribution; the task's own progress is the board's. */
    @EventHandler
    void on(ProgressReported event, EventMessage<?> message) {
        if (event.coordinatingUnitId() == null) {
            return;
        }
        writes.sql("""
                        INSERT INTO query.task_progress_contribution (event_id, task_id, coordinating_unit_id,
                                                                      percentage, text, effective_on, reported_by,
                                                                      recorded_at)
                        VALUES (:eventId, :taskId, :unit, :percentage, :text, :on, :by, :at)
                        ON CONFLICT DO NOTHING""")
                .param("eventId", message.getIdentifier())
                .param("taskId", event.taskId())
                .param("unit", event.coordinatingUnitId())
                .param("percentage", event.percentage())
                .param("text", event.text())
                .param("on", event.effectiveOn())
                .param("by", event.reportedBy())
                .param("at", message.getTimestamp().atOffset(ZoneOffset.UTC))
                .queue("task", event.taskId());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE query.task_comment, query.task_attachment, query.task_progress_contribution").update();
    }
}
