package vn.directives.query.workspace.home;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.names.Names;
import vn.directives.query.taskboard.TasksAtDate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Organization Committee's overview at a date, counted from the board's one definition of the
 * deadline categories ({@link TasksAtDate}): per directive, per lead unit and per assignee.
 */
@Component
class Overview {

    private static final String AT_DATE = "(" + TasksAtDate.SQL + ") board";

    private final JdbcClient jdbc;

    Overview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The four categories of every directive with tasks opened by the date, by directive number. */
    List<DirectiveCounts> perDirective(LocalDate at) {
        Map<String, DirectiveCounts> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT board.directive_id, " + Names.directiveNumberSql("board.directive_id") + " AS number,"
                        + " count(*) FILTER (WHERE category = 'DONE_ON_TIME') AS done_on_time,"
                        + " count(*) FILTER (WHERE category = 'DONE_LATE') AS done_late,"
                        + " count(*) FILTER (WHERE category = 'OPEN_WITHIN_DEADLINE') AS open_within,"
                        + " count(*) FILTER (WHERE category = 'OPEN_OVERDUE') AS open_overdue"
                        + " FROM " + AT_DATE + " WHERE board.opened_on <= :at GROUP BY board.directive_id"
                        + " ORDER BY number, board.directive_id")
                .param("at", at)
                .query((rs, row) -> counts.put(rs.getString("directive_id"), new DirectiveCounts(
                        rs.getString("directive_id"), rs.getString("number"), rs.getLong("done_on_time"),
                        rs.getLong("done_late"), rs.getLong("open_within"), rs.getLong("open_overdue"))))
                .list();
        return List.copyOf(counts.values());
    }

    /** Open overdue tasks per lead unit (named as at the date), most first. */
    List<NamedCount> overdueByUnit(LocalDate at) {
        return jdbc.sql("SELECT board.lead_unit_id AS id, " + Names.unitNameSql("board.lead_unit_id", ":at") + " AS name,"
                        + " count(*) AS overdue FROM " + AT_DATE
                        + " WHERE board.category = 'OPEN_OVERDUE' GROUP BY board.lead_unit_id"
                        + " ORDER BY overdue DESC, name LIMIT 20")
                .param("at", at).query((rs, row) -> new NamedCount(rs.getString("id"),
                        name(rs.getString("name"), rs.getString("id")), rs.getLong("overdue"))).list();
    }

    /** Open overdue tasks per Steering Committee member they were assigned to at the date, most first. */
    List<NamedCount> overdueByMember(LocalDate at) {
        return jdbc.sql("SELECT board.assignee_at AS id, " + Names.memberNameSql("board.assignee_at") + " AS name,"
                        + " count(*) AS overdue FROM " + AT_DATE
                        + " WHERE board.category = 'OPEN_OVERDUE' GROUP BY board.assignee_at"
                        + " ORDER BY overdue DESC, name LIMIT 20")
                .param("at", at).query((rs, row) -> new NamedCount(rs.getString("id"),
                        name(rs.getString("name"), rs.getString("id")), rs.getLong("overdue"))).list();
    }

    /** Extension requests waiting for the Organization Committee's decision. */
    List<PendingExtension> pendingExtensions() {
        return jdbc.sql("SELECT t.task_id, t.title, t.due_date, t.pending_due_date, t.pending_requested_on, "
                        + Names.directiveNumberSql("t.directive_id") + " AS number FROM query.task_board t"
                        + " WHERE t.pending_extension_id IS NOT NULL AND t.status = 'OPEN'"
                        + " ORDER BY t.pending_requested_on, t.task_id LIMIT 50")
                .query((rs, row) -> new PendingExtension(rs.getString("task_id"), rs.getString("title"),
                        rs.getString("number"), rs.getObject("due_date", LocalDate.class),
                        rs.getObject("pending_due_date", LocalDate.class),
                        rs.getObject("pending_requested_on", LocalDate.class)))
                .list();
    }

    private static String name(String name, String id) {
        return name == null ? id : name;
    }

    record DirectiveCounts(String directiveId, String number, long doneOnTime, long doneLate, long openWithin,
                           long openOverdue) {

        static DirectiveCounts sum(List<DirectiveCounts> all) {
            return new DirectiveCounts(null, null, all.stream().mapToLong(DirectiveCounts::doneOnTime).sum(),
                    all.stream().mapToLong(DirectiveCounts::doneLate).sum(),
                    all.stream().mapToLong(DirectiveCounts::openWithin).sum(),
                    all.stream().mapToLong(DirectiveCounts::openOverdue).sum());
        }

        public long total() {
            return doneOnTime + doneLate + openWithin + openOverdue;
        }

        /** Overdue share of the directive's tasks (done late or open overdue), in percent. */
        public double overduePercent() {
            return total() == 0 ? 0 : 100.0 * (doneLate + openOverdue) / total();
        }
    }

    record NamedCount(String id, String name, long count) {
    }

    record PendingExtension(String taskId, String title, String directiveNumber, LocalDate dueDate,
                            LocalDate requestedDueDate, LocalDate requestedOn) {
    }
}
