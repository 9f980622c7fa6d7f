package vn.directives.query.taskboard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.directives.events.task.TaskKind;
import vn.directives.platform.web.Paging;
import vn.directives.platform.web.ResultPage;
import vn.directives.platform.web.TaskKindCollection;
import vn.directives.query.names.Names;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the board's tables: pages of tasks matching a query, or one task, at a date, each with
 * the names beside its ids ({@link Names}): units as they were at the date asked about.
 */
@Repository
public class TaskBoard {

    private static final String FROM = " FROM (" + TasksAtDate.SQL + ") board";
    /** {@link #FROM} when the date is past every task's last change (see {@link TasksAtDate#CURRENT}). */
    private static final String FROM_CURRENT = " FROM (" + TasksAtDate.CURRENT + ") board";
    /** The board's rows as read, with the names beside their ids (see {@link Names}), units as at {@code :at}. */
    private static final String NAMED = "SELECT board.*,"
            + " ARRAY(SELECT c.unit_id FROM query.task_board_coordinating_unit c"
            + " WHERE c.task_id = board.task_id ORDER BY c.position) AS coordinating_unit_ids, "
            + Names.coordinatingUnitNamesSql("board.task_id", ":at") + " AS coordinating_unit_names, "
            + Names.directiveNumberSql("board.directive_id") + " AS directive_number, "
            + Names.directiveTitleSql("board.directive_id") + " AS directive_title, "
            + Names.unitNameSql("board.lead_unit_id", ":at") + " AS lead_unit_name, "
            + Names.memberNameSql("board.assignee_id") + " AS assignee_name, "
            + Names.memberNameSql("board.assignee_at") + " AS assignee_at_name, "
            + Names.memberNameSql("board.opened_by") + " AS opened_by_name, "
            + Names.enterpriseTaxCodeSql("board.task_id") + " AS enterprise_tax_code, "
            + Names.enterpriseNameSql("board.task_id") + " AS enterprise_name";

    /**
     * Every task delegated from {@code :taskId}, directly or further down (at most 10 levels), as it
     * stood at {@code :at}, in tree order: under each task its sub-tasks by due date.
     */
    private static final String SUB_TASKS = """
            WITH RECURSIVE tree (task_id, depth, path) AS (
                SELECT task_id, 1, ARRAY[to_char(due_date, 'YYYYMMDD') || task_id]
                  FROM query.task_board WHERE parent_task_id = :taskId
                UNION ALL
                SELECT b.task_id, tree.depth + 1, tree.path || (to_char(b.due_date, 'YYYYMMDD') || b.task_id)
                  FROM query.task_board b JOIN tree ON b.parent_task_id = tree.task_id
                 WHERE tree.depth < 10)
            SELECT board.*, tree.depth,
            """ + Names.unitNameSql("board.lead_unit_id", ":at") + " AS lead_unit_name, "
            + Names.memberNameSql("board.assignee_id") + " AS assignee_name"
            + " FROM tree JOIN (" + TasksAtDate.SQL + ") board ON board.task_id = tree.task_id ORDER BY tree.path";

    private final JdbcClient jdbc;

    TaskBoard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the board as a request asks for it (a bad parameter throws {@link InvalidQueryParameter}). */
    public TaskPage page(BoardRequest request) {
        return page(request.toQuery(null));
    }

    TaskPage page(BoardQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        // Judging every task at the date is needed for counting only when a filter asks about the
        // date's due date, assignee or category; otherwise the rows are counted as they are.
        String from = jdbc.sql(TasksAtDate.CURRENT_WHEN).param("at", query.at()).query(Boolean.class).single()
                ? FROM_CURRENT : FROM;
        String counted = query.filtersOnTheDate() ? from : " FROM query.task_board board";
        long total = jdbc.sql("SELECT count(*)" + counted + where).params(params).query(Long.class).single();
        String order = " ORDER BY board." + query.sort().column() + (query.descending() ? " DESC" : " ASC")
                + ", board.task_id";
        // names only for the rows of the page: the page is cut first, then named
        List<TaskView> items = jdbc.sql(NAMED + " FROM (SELECT board.*" + from + where + order
                        + " LIMIT :limit OFFSET :offset) board" + order)
                .params(params)
                .param("limit", query.size())
                .param("offset", query.offset())
                .query((rs, row) -> view(rs, query.at()))
                .list();
        return new TaskPage(query.at(), ResultPage.of(items, new Paging(query.page(), query.size()), total));
    }

    /** The task with this id, and of this kind unless the kind is null. */
    public Optional<TaskView> one(String taskId, TaskKind kind, LocalDate at) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE board.task_id = :taskId");
        params.put("taskId", taskId);
        params.put("at", at);
        filter(where, params, "kind", kind == null ? null : kind.name(), "board.kind = :kind");
        return jdbc.sql(NAMED + FROM + where).params(params).query((rs, row) -> view(rs, at)).optional()
                .map(task -> withSubTasks(task, at));
    }

    private TaskView withSubTasks(TaskView task, LocalDate at) {
        List<TaskView.SubTask> subTasks = jdbc.sql(SUB_TASKS).param("taskId", task.id()).param("at", at)
                .query((rs, row) -> subTask(rs)).list();
        return new TaskView(task.id(), task.kind(), task.kindLabel(), task.kindLabelEn(), task.href(),
                task.directiveId(), task.directiveNumber(), task.directiveTitle(), task.pointNumber(), task.title(),
                task.leadUnitId(), task.leadUnitName(), task.coordinatingUnitIds(), task.coordinatingUnitNames(),
                task.assigneeId(), task.assigneeName(), task.enterpriseTaxCode(), task.enterpriseName(),
                task.openedOn(), task.openedBy(), task.openedByName(), task.dueDate(), task.pendingExtension(),
                task.status(), task.statusLabel(), task.statusLabelEn(), task.completedOn(), task.cancelledOn(),
                task.cancellationReason(), task.extensionsApproved(), task.extensionsRejected(), task.step(),
                task.stepLabel(), task.stepLabelEn(), task.version(), task.lastRecordedAt(), task.asOf(),
                task.parentTaskId(), task.general(), subTasks, Progress.ofDirectSubTasks(subTasks));
    }

    private static TaskView.SubTask subTask(ResultSet rs) throws SQLException {
        TaskKindCollection kind = TaskKindCollection.of(TaskKind.valueOf(rs.getString("kind")));
        TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
        String category = rs.getString("category");
        DeadlineCategory judged = category == null ? null : DeadlineCategory.valueOf(category);
        String id = rs.getString("task_id");
        return new TaskView.SubTask(id, rs.getString("parent_task_id"), rs.getInt("depth"), rs.getString("title"),
                "/api/" + kind.collection() + "/" + id, rs.getString("lead_unit_id"), rs.getString("lead_unit_name"),
                rs.getString("assignee_id"), rs.getString("assignee_name"), date(rs, "due_date"), status.name(),
                status.label(), status.labelEn(), judged == null ? null : judged.name(),
                judged == null ? null : judged.label(), judged == null ? null : judged.labelEn(),
                Progress.of(status, (Integer) rs.getObject("progress_percent")));
    }

    private static String where(BoardQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE board.opened_on <= :at");
        params.put("at", query.at());
        filter(where, params, "directiveId", query.directiveId(), "board.directive_id = :directiveId");
        filter(where, params, "kind", query.kind() == null ? null : query.kind().name(), "board.kind = :kind");
        filter(where, params, "pointNumber", query.pointNumber(), "board.point_number = :pointNumber");
        filter(where, params, "status", query.status() == null ? null : query.status().name(),
                "board.status = :status");
        filter(where, params, "category", query.category() == null ? null : query.category().name(),
                "board.category = :category");
        filter(where, params, "unitId", query.unitId(), """
                (board.lead_unit_id = :unitId OR EXISTS (SELECT 1 FROM query.task_board_coordinating_unit c
                                                         WHERE c.task_id = board.task_id AND c.unit_id = :unitId))""");
        filter(where, params, "assigneeId", query.assigneeId(), "board.assignee_at = :assigneeId");
        filter(where, params, "dueFrom", query.dueFrom(), "board.due_at >= :dueFrom");
        filter(where, params, "dueTo", query.dueTo(), "board.due_at <= :dueTo");
        return where.toString();
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String name, Object value,
                               String condition) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.put(name, value);
        }
    }

    private static TaskView view(ResultSet rs, LocalDate at) throws SQLException {
        TaskKindCollection kind = TaskKindCollection.of(TaskKind.valueOf(rs.getString("kind")));
        TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
        TaskStep step = TaskStep.valueOf(rs.getString("step"));
        String id = rs.getString("task_id");
        return new TaskView(id, kind.kind().name(), kind.label(), kind.labelEn(),
                "/api/" + kind.collection() + "/" + id,
                rs.getString("directive_id"), rs.getString("directive_number"), rs.getString("directive_title"),
                rs.getInt("point_number"), rs.getString("title"),
                rs.getString("lead_unit_id"), rs.getString("lead_unit_name"),
                strings(rs.getArray("coordinating_unit_ids")), strings(rs.getArray("coordinating_unit_names")),
                rs.getString("assignee_id"), rs.getString("assignee_name"),
                rs.getString("enterprise_tax_code"), rs.getString("enterprise_name"),
                date(rs, "opened_on"), rs.getString("opened_by"), rs.getString("opened_by_name"),
                date(rs, "due_date"), pending(rs),
                status.name(), status.label(), status.labelEn(), date(rs, "completed_on"), date(rs, "cancelled_on"),
                rs.getString("cancellation_reason"), rs.getInt("extensions_approved"), rs.getInt("extensions_rejected"),
                step.name(), step.label(), step.labelEn(), rs.getLong("version"),
                rs.getObject("last_recorded_at", OffsetDateTime.class).toInstant(), asOf(rs, at),
                rs.getString("parent_task_id"), general(rs, kind.kind(), status), null, null);
    }

    private static TaskView.General general(ResultSet rs, TaskKind kind, TaskStatus status) throws SQLException {
        if (kind != TaskKind.GENERAL) {
            return null;
        }
        return new TaskView.General(rs.getString("description"), rs.getString("expected_product"),
                Progress.of(status, (Integer) rs.getObject("progress_percent")), rs.getString("progress_text"),
                date(rs, "progress_on"), rs.getString("product_document"));
    }

    private static TaskView.PendingExtension pending(ResultSet rs) throws SQLException {
        String extensionId = rs.getString("pending_extension_id");
        return extensionId == null ? null
                : new TaskView.PendingExtension(extensionId, date(rs, "pending_due_date"),
                date(rs, "pending_requested_on"));
    }

    private static TaskView.AsOf asOf(ResultSet rs, LocalDate at) throws SQLException {
        String category = rs.getString("category");
        if (category == null) {
            return null;
        }
        DeadlineCategory judged = DeadlineCategory.valueOf(category);
        return new TaskView.AsOf(at, date(rs, "due_at"), rs.getString("assignee_at"),
                rs.getString("assignee_at_name"), judged.name(),
                judged.label(), judged.labelEn());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
