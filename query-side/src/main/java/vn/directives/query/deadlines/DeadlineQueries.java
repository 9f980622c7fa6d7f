package vn.directives.query.deadlines;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.platform.web.ResultPage;
import vn.directives.query.names.Names;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The deadline questions, answered from the task deadlines and the adopted calendar's days, with
 * the names beside the ids ({@link Names}): units as they were at the date asked.
 */
@Component
class DeadlineQueries {

    private static final String OPEN_TASKS = " FROM query.task_deadline t WHERE t.status = 'OPEN'";
    private static final String AT = "CAST(:at AS date)";
    private static final String HORIZON = "CAST(:horizon AS date)";
    /** The names beside a listed task's ids; units as they were at the date asked. */
    private static final String NAMES = Names.unitNameSql("t.lead_unit_id", AT) + " AS lead_unit_name, "
            + Names.memberNameSql("t.assignee_id") + " AS assignee_name";

    private final JdbcClient jdbc;
    private final AdoptedCalendar calendar;

    DeadlineQueries(JdbcClient jdbc, AdoptedCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    UpcomingDeadlines upcoming(LocalDate at, int withinWorkingDays, DeadlineListing listing) {
        Horizon horizon = horizon(at, withinWorkingDays);
        Map<String, Object> parameters = horizon.parameters(listing);
        String where = OPEN_TASKS + " AND t.due_date >= " + AT + " AND t.due_date < " + HORIZON + listing.conditions();
        long total = jdbc.sql("SELECT count(*)" + where).params(parameters).query(Long.class).single();
        List<UpcomingDeadlines.Item> items = page(AdoptedCalendar.workingDaysBetween(AT, "t.due_date"),
                "t.due_date - " + AT, where, listing, parameters).stream().map(TaskRow::upcoming).toList();
        return new UpcomingDeadlines(at, withinWorkingDays, horizon.lastWorkingDay(), horizon.provisionalYears(),
                ResultPage.of(items, listing.paging(), total));
    }

    OverdueDeadlines overdue(LocalDate at, DeadlineListing listing) {
        Map<String, Object> parameters = listing.parameters();
        parameters.put("at", at);
        String where = OPEN_TASKS + " AND t.due_date < " + AT + listing.conditions();
        Extent extent = jdbc.sql("SELECT count(*) AS total, min(t.due_date) AS earliest" + where)
                .params(parameters)
                .query((row, number) -> new Extent(row.getLong("total"), row.getObject("earliest", LocalDate.class)))
                .single();
        // Every year from the earliest due date to the date asked is counted in.
        int fromYear = extent.earliest() == null ? at.getYear() : extent.earliest().getYear();
        calendar.requireAdopted(fromYear, at.getYear());
        List<OverdueDeadlines.Item> items = page(AdoptedCalendar.workingDaysBetween("t.due_date", AT),
                AT + " - t.due_date", where, listing, parameters).stream().map(TaskRow::overdue).toList();
        return new OverdueDeadlines(at, calendar.provisionalYears(fromYear, at.getYear()),
                ResultPage.of(items, listing.paging(), extent.total()));
    }

    DeadlineCounts<DeadlineCounts.ByUnit> byUnit(LocalDate at, int withinWorkingDays, DeadlineListing filter) {
        return counts(at, withinWorkingDays, filter, "t.lead_unit_id", Names.unitNameSql("g.id", AT),
                (row, number) -> new DeadlineCounts.ByUnit(row.getString("id"), row.getString("name"),
                        row.getLong("upcoming"), row.getLong("overdue")));
    }

    DeadlineCounts<DeadlineCounts.ByMember> byMember(LocalDate at, int withinWorkingDays, DeadlineListing filter) {
        return counts(at, withinWorkingDays, filter, "t.assignee_id", Names.memberNameSql("g.id"),
                (row, number) -> new DeadlineCounts.ByMember(row.getString("id"), row.getString("name"),
                        row.getLong("upcoming"), row.getLong("overdue")));
    }

    private List<TaskRow> page(String workingDays, String calendarDays, String where, DeadlineListing listing,
                               Map<String, Object> parameters) {
        // the page is cut first, then named (Names): only the rows shown are looked up
        return jdbc.sql("SELECT t.*, " + NAMES + " FROM (SELECT t.*, " + workingDays + " AS working_days, "
                        + calendarDays + " AS calendar_days" + where + " ORDER BY " + listing.orderBy()
                        + " LIMIT :limit OFFSET :offset) t ORDER BY " + listing.orderBy())
                .params(parameters)
                .query((row, number) -> TaskRow.read(row))
                .list();
    }

    private <G> DeadlineCounts<G> counts(LocalDate at, int withinWorkingDays, DeadlineListing filter,
                                         String groupColumn, String name, RowMapper<G> group) {
        Horizon horizon = horizon(at, withinWorkingDays);
        // Upcoming and overdue tasks are exactly the open ones due before the horizon.
        List<G> groups = jdbc.sql("SELECT g.*, " + name + " AS name FROM (SELECT " + groupColumn + " AS id,"
                        + " count(*) FILTER (WHERE t.due_date >= " + AT + ") AS upcoming,"
                        + " count(*) FILTER (WHERE t.due_date < " + AT + ") AS overdue"
                        + OPEN_TASKS + " AND t.due_date < " + HORIZON + filter.conditions()
                        + " GROUP BY " + groupColumn + ") g ORDER BY g.overdue DESC, g.upcoming DESC, g.id")
                .params(horizon.parameters(filter))
                .query(group)
                .list();
        return new DeadlineCounts<>(at, withinWorkingDays, horizon.lastWorkingDay(), horizon.provisionalYears(),
                groups);
    }

    /** The last working day counted, and the next working day, which no upcoming task reaches. */
    private Horizon horizon(LocalDate at, int withinWorkingDays) {
        LocalDate next = calendar.addWorkingDays(at, withinWorkingDays + 1);
        return new Horizon(at, calendar.addWorkingDays(at, withinWorkingDays), next,
                calendar.provisionalYears(at.getYear(), next.getYear()));
    }

    private record Horizon(LocalDate at, LocalDate lastWorkingDay, LocalDate next, List<Integer> provisionalYears) {

        Map<String, Object> parameters(DeadlineListing listing) {
            Map<String, Object> parameters = listing.parameters();
            parameters.put("at", at);
            parameters.put("horizon", next);
            return parameters;
        }
    }

    private record Extent(long total, LocalDate earliest) {
    }
}
