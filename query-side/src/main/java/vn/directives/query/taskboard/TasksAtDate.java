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
 *
 * <p><b>Cost.</b> A task whose last change of due date or assignee took effect by the date
 * ({@code dated_until <= :at}) has the row's own due date and assignee in force: its history
 * tables are looked up only for a task changed after the date asked about (the gate in each
 * lateral subquery, which PostgreSQL checks before touching the index). When the date is past
 * every task's last change, which is the case for "today", {@link #CURRENT} gives the same rows
 * as {@link #SQL} with the due date a plain column, so that the board's default order is read
 * from an index a page at a time instead of being computed for every task.
 */
public final class TasksAtDate {

    /** The category at {@code :at} of a row with {@code due_at}: one definition for both forms. */
    private static final String CATEGORY = """
                   CASE
                       WHEN s.opened_on > :at THEN NULL
                       WHEN s.cancelled_on <= :at THEN 'CANCELLED'
                       WHEN s.completed_on <= :at AND s.completed_on <= s.due_at THEN 'DONE_ON_TIME'
                       WHEN s.completed_on <= :at THEN 'DONE_LATE'
                       WHEN s.due_at > :at THEN 'OPEN_WITHIN_DEADLINE'
                       ELSE 'OPEN_OVERDUE'
                   END AS category
            """;

    /** Any date: the history tables are read only for the tasks changed after it. */
    public static final String SQL = "SELECT s.*, " + CATEGORY + """
              FROM (SELECT t.*,
                           CASE WHEN t.dated_until <= :at THEN t.due_date ELSE due.due_date END AS due_at,
                           CASE WHEN t.dated_until <= :at THEN t.assignee_id ELSE assignment.member_id END
                               AS assignee_at
                      FROM query.task_board t
                      LEFT JOIN LATERAL (
                               SELECT d.due_date FROM query.task_board_due_date d
                                WHERE t.dated_until > :at AND d.task_id = t.task_id AND d.effective_on <= :at
                                ORDER BY d.sequence_number DESC LIMIT 1) due ON true
                      LEFT JOIN LATERAL (
                               SELECT a.member_id FROM query.task_board_assignment a
                                WHERE t.dated_until > :at AND a.task_id = t.task_id AND a.effective_on <= :at
                                ORDER BY a.sequence_number DESC LIMIT 1) assignment ON true) s
            """;

    /**
     * The same rows as {@link #SQL} for a date on or after every task's {@code dated_until}
     * (see {@link #CURRENT_WHEN}); wrong for an earlier date.
     */
    public static final String CURRENT = "SELECT s.*, " + CATEGORY + """
              FROM (SELECT t.*, t.due_date AS due_at, t.assignee_id AS assignee_at FROM query.task_board t) s
            """;

    /** True when {@link #CURRENT} may answer for {@code :at}: no task changed its due date or assignee after it. */
    public static final String CURRENT_WHEN =
            "SELECT coalesce(max(dated_until) <= :at, true) FROM query.task_board";

    private TasksAtDate() {
    }
}
