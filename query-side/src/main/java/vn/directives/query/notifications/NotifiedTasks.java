package vn.directives.query.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.infrastructure.BatchedWrites;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What the notifications processor knows of each task ({@code query.notification_task}), and the
 * one way every notification names a task: by its title in quotes, as the e-mails do. Both the
 * urging notifications ({@link NotificationProjection}) and the others ({@link ConcernNotices})
 * read it, so that a reader never meets the same task once by title and once by id. The facts
 * are written by {@link ConcernNotices} from the task's opening on; a task's title never changes,
 * so a sentence written once names it rightly for good.
 */
@Component
class NotifiedTasks {

    static final String TABLE = "notification-task";

    private final JdbcClient jdbc;
    private final BatchedWrites writes;

    NotifiedTasks(JdbcClient jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    record TaskFacts(String title, String assigneeId, String leadUnitId, LocalDate dueDate) {
    }

    /** The title in the quotes every sentence uses. */
    static String quoted(String title) {
        return "“" + title + "”";
    }

    /**
     * The task as a sentence names it: its quoted title, or its id for a task whose opening this
     * processor never saw (none in a consistent event store).
     */
    String named(String taskId) {
        return facts(taskId).map(task -> quoted(task.title())).orElse(taskId);
    }

    /**
     * The task's facts as this batch left them: what an earlier event of the batch wrote is still
     * pending, so it is kept in the batch's state, and only a task the batch has not touched is read.
     */
    Optional<TaskFacts> facts(String taskId) {
        return batch().computeIfAbsent(taskId, id -> jdbc.sql("""
                        SELECT title, assignee_id, lead_unit_id, due_date FROM query.notification_task
                         WHERE task_id = :taskId""")
                .param("taskId", id).query(TaskFacts.class).optional());
    }

    /** What the batch now knows of the task, written by the caller in the same batch. */
    void remember(String taskId, Optional<TaskFacts> facts) {
        batch().put(taskId, facts);
    }

    private Map<String, Optional<TaskFacts>> batch() {
        return writes.batchState(TABLE);
    }
}
