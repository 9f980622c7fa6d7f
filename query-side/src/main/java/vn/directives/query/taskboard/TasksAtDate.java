package vn.directives.query.taskboard;

/**
 * Every task of the board as it stood at a date, in SQL, so that the board and the workload
 * judge deadlines by one definition. Bind {@code :at} (a date). Columns: every column of
 * {@code query.task_board} (its state now), then, as at the date:
 * <ul>
 *   <li>{@code due_at}: the due date in force, from the opening or the last extension approved by then;</li>
 *   <li>{@code assignee_at}: the Steering Committee member the task was assigned to;</li>
 *   <li>{@code category}: DONE_ON_TIME, DONE_LATE, OPEN_WITHIN_DEADLINE, OPEN_OVERDUE or CANCELLED
 *       (see {@link DeadlineCategory}); null, like the two above, for a task not yet opened then.</li>
 * </ul>
 * A task completed or cancelled after the date was open at it. Dates are effective dates: what
 * happened by the date, whenever it was recorded.
 */
public final class TasksAtDate {

    public static final String SQL = """
            SELECT t.*,
                   due.due_date AS due_at,
                   assignment.member_id AS assignee_at,
                   CASE
                       WHEN t.opened_on > :at THEN NULL
                       WHEN t.cancelled_on <= :at THEN 'CANCELLED'
                       WHEN t.completed_on <= :at AND t.completed_on <= due.due_date THEN 'DONE_ON_TIME'
                       WHEN t.completed_on <= :at THEN 'DONE_LATE'
                       WHEN due.due_date > :at THEN 'OPEN_WITHIN_DEADLINE'
                       ELSE 'OPEN_OVERDUE'
                   END AS category
              FROM query.task_board t
              LEFT JOIN LATERAL (
                       SELECT d.due_date FROM query.task_board_due_date d
                        WHERE d.task_id = t.task_id AND d.effective_on <= :at
                        ORDER BY d.sequence_number DESC LIMIT 1) due ON true
              LEFT JOIN LATERAL (
                       SELECT a.member_id FROM query.task_board_assignment a
                        WHERE a.task_id = t.task_id AND a.effective_on <= :at
                        ORDER BY a.sequence_number DESC LIMIT 1) assignment ON true
            """;

    private TasksAtDate() {
    }
}
