package vn.directives.query.workload;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.directives.query.names.Names;
import vn.directives.query.taskboard.TasksAtDate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the workload with SQL from the task board's tables (one projection, two read models):
 * for each member (the assignee at the date) or lead unit, the tasks open at the date, those of
 * them overdue, and those completed or cancelled from the first of the year to the date. Only
 * members and units with something to count are listed. Each is named beside its id
 * ({@link Names}): a unit as it was at the date.
 */
@Repository
class Workload {

    private static final String COUNTS = """
            SELECT board.%1$s AS id,
                   count(*) FILTER (WHERE board.category IN ('OPEN_WITHIN_DEADLINE', 'OPEN_OVERDUE')) AS open,
                   count(*) FILTER (WHERE board.category = 'OPEN_OVERDUE') AS open_overdue,
                   count(*) FILTER (WHERE board.completed_on BETWEEN :yearStart AND :at) AS done,
                   count(*) FILTER (WHERE board.cancelled_on BETWEEN :yearStart AND :at) AS cancelled
              FROM (%2$s) board
             WHERE board.opened_on <= :at
               AND (board.category IN ('OPEN_WITHIN_DEADLINE', 'OPEN_OVERDUE')
                    OR board.completed_on BETWEEN :yearStart AND :at
                    OR board.cancelled_on BETWEEN :yearStart AND :at)
               %3$s
             GROUP BY board.%1$s
             ORDER BY board.%1$s""";

    private final JdbcClient jdbc;

    Workload(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkloadReport.MemberWorkload> perMember(WorkloadPeriod period, String directiveId) {
        return counts("assignee_at", Names.memberNameSql("counts.id"), period, directiveId,
                (rs, row) -> new WorkloadReport.MemberWorkload(rs.getString("id"), rs.getString("name"),
                        rs.getLong("open"), rs.getLong("open_overdue"), rs.getLong("done"), rs.getLong("cancelled")));
    }

    List<WorkloadReport.UnitWorkload> perLeadUnit(WorkloadPeriod period, String directiveId) {
        return counts("lead_unit_id", Names.unitNameSql("counts.id", ":at"), period, directiveId,
                (rs, row) -> new WorkloadReport.UnitWorkload(rs.getString("id"), rs.getString("name"),
                        rs.getLong("open"), rs.getLong("open_overdue"), rs.getLong("done"), rs.getLong("cancelled")));
    }

    private <R> List<R> counts(String groupColumn, String name, WorkloadPeriod period, String directiveId,
                               RowMapper<R> rows) {
        Map<String, Object> params = new HashMap<>();
        params.put("at", period.at());
        params.put("yearStart", period.yearStart());
        String directive = "";
        if (directiveId != null) {
            directive = "AND board.directive_id = :directiveId";
            params.put("directiveId", directiveId);
        }
        // the counts first, then one name per row counted (Names)
        return jdbc.sql("SELECT counts.*, " + name + " AS name FROM ("
                        + COUNTS.formatted(groupColumn, TasksAtDate.SQL, directive) + ") counts ORDER BY counts.id")
                .params(params).query(rows).list();
    }
}
