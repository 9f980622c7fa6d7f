package vn.directives.query.taskboard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.directives.events.task.TaskKind;
import vn.directives.platform.web.TaskKindCollection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A directive point by point: the tasks opened for each point by a date, their four categories at
 * that date and how far they are. Only tasks opened on their own are counted: a delegated sub-task
 * is a part of its parent's work, shown under it ({@code subTasks} of the task) and in the parent's
 * progress, so that no duty counts twice.
 */
@Repository
public class DirectivePoints {

    private static final String TASKS = "SELECT board.*,"
            + " (SELECT round(avg(CASE WHEN s.status = 'COMPLETED' THEN 100 ELSE coalesce(s.progress_percent, 0) END))"
            + "    FROM query.task_board s WHERE s.parent_task_id = board.task_id AND s.status <> 'CANCELLED')"
            + "   AS sub_tasks_progress,"
            + " (SELECT count(*) FROM query.task_board s WHERE s.parent_task_id = board.task_id) AS sub_task_count"
            + " FROM (" + TasksAtDate.SQL + ") board"
            + " WHERE board.directive_id = :directiveId AND board.parent_task_id IS NULL AND board.opened_on <= :at"
            + " ORDER BY board.point_number, board.due_at, board.task_id";

    private final JdbcClient jdbc;

    DirectivePoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every point of the directive, 1 to its count, with its tasks at the date; empty for an unknown directive. */
    public Optional<PointsView> of(String directiveId, LocalDate at) {
        Optional<Integer> count = jdbc.sql("SELECT point_count FROM query.directive WHERE id = :id")
                .param("id", directiveId).query(Integer.class).optional();
        if (count.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, List<PointsView.PointTask>> byPoint = new TreeMap<>();
        for (int point = 1; point <= count.get(); point++) {
            byPoint.put(point, new ArrayList<>());
        }
        jdbc.sql(TASKS).param("directiveId", directiveId).param("at", at)
                .query((rs, row) -> Map.entry(rs.getInt("point_number"), task(rs)))
                .list()
                .forEach(entry -> byPoint.computeIfAbsent(entry.getKey(), p -> new ArrayList<>()).add(entry.getValue()));
        List<PointsView.Point> points = byPoint.entrySet().stream()
                .map(entry -> point(entry.getKey(), entry.getValue())).toList();
        return Optional.of(new PointsView(directiveId, at, points));
    }

    private static PointsView.Point point(int number, List<PointsView.PointTask> tasks) {
        int[] counts = new int[DeadlineCategory.values().length];
        tasks.stream().filter(task -> task.category() != null)
                .forEach(task -> counts[DeadlineCategory.valueOf(task.category()).ordinal()]++);
        int total = counts[0] + counts[1] + counts[2] + counts[3];
        List<PointsView.PointTask> counted = tasks.stream()
                .filter(task -> !TaskStatus.CANCELLED.name().equals(task.status())).toList();
        Integer progress = counted.isEmpty() ? null
                : (int) Math.round(counted.stream().mapToInt(PointsView.PointTask::progress).average().orElseThrow());
        return new PointsView.Point(number, new PointsView.Categories(counts[0], counts[1], counts[2], counts[3],
                total, percent(counts[1] + counts[3], total), counts[DeadlineCategory.CANCELLED.ordinal()]),
                progress, tasks);
    }

    private static PointsView.PointTask task(ResultSet rs) throws SQLException {
        TaskKindCollection kind = TaskKindCollection.of(TaskKind.valueOf(rs.getString("kind")));
        TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
        String category = rs.getString("category");
        DeadlineCategory judged = category == null ? null : DeadlineCategory.valueOf(category);
        String id = rs.getString("task_id");
        Integer subTasksProgress = rs.getObject("sub_tasks_progress") == null ? null : rs.getInt("sub_tasks_progress");
        return new PointsView.PointTask(id, kind.kind().name(), kind.label(), kind.labelEn(), rs.getString("title"),
                "/api/" + kind.collection() + "/" + id, status.name(), rs.getObject("due_at", LocalDate.class),
                judged == null ? null : judged.name(), judged == null ? null : judged.label(),
                judged == null ? null : judged.labelEn(), progress(status, kind.kind(), rs, subTasksProgress),
                rs.getInt("sub_task_count"), subTasksProgress);
    }

    /**
     * 100 once completed; a general task's last reported progress; otherwise the mean of its
     * sub-tasks, or 0 for a task of a kind that reports no progress and has no sub-tasks.
     */
    private static int progress(TaskStatus status, TaskKind kind, ResultSet rs, Integer subTasksProgress)
            throws SQLException {
        if (status == TaskStatus.COMPLETED) {
            return 100;
        }
        if (kind == TaskKind.GENERAL) {
            return Progress.of(status, (Integer) rs.getObject("progress_percent"));
        }
        return subTasksProgress == null ? 0 : subTasksProgress;
    }

    private static BigDecimal percent(int numerator, int denominator) {
        return denominator == 0 ? null : BigDecimal.valueOf(numerator * 100L)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
