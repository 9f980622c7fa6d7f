package vn.directives.query.names;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The names people read beside the ids the read models keep: units, Steering Committee members,
 * directives, the enterprise of a task, the user who took a step. The one implementation behind
 * the JSON API (task board, deadlines, workload, timeline) and the workspace pages, so that a
 * page and the API never name one thing two ways.
 *
 * <p><b>How.</b> Names are resolved when a question is answered, not copied into projections:
 * unit names change over time (renames, mergers, dissolutions) and a copy would be wrong for
 * every date but one, and would need a rebuild after each rename. Each {@code *Sql} method returns
 * a SQL expression, a correlated subquery on a primary key or index, to put in the SELECT list of
 * the question's own statement: a page of n rows is answered by one statement, never by n
 * lookups. Put the expressions in the SELECT that reads the page (after ORDER BY and LIMIT), so
 * that only the rows shown are named; counting and sorting 20,000 tasks stays as fast as before.
 * Code that already holds ids (a page, a picker) asks {@link #units} or {@link #members}, which
 * run the same expressions over the ids in one statement.
 *
 * <p><b>As at a date.</b>
 * <ul>
 *   <li>A unit bears, on a day, the latest name given to it on or before that day; a unit merged
 *       or dissolved by then keeps the last name it bore, so a task led by a dissolved district
 *       committee still reads with that committee's name. Before the unit was registered it has
 *       no name (null). This is the answer of {@code GET /api/units/{id}?at=}.</li>
 *   <li>A Steering Committee member is named by the display name of their appointment; a relieved
 *       member keeps it (the tasks they carried stay theirs in the history).</li>
 *   <li>A directive is named by its number ({@code 42-CT/TU}) and title, which never change.</li>
 *   <li>The enterprise of a cell establishment is the one its opening named (tax code and name).</li>
 *   <li>A user who took a step (an actor, or who opened a task) is named only when the user id is
 *       a Steering Committee member's id (a member acts under their member id). Other users are
 *       accounts, which keep no display name: their user id is all there is, and the name is null.</li>
 * </ul>
 *
 * <p><b>Personal data.</b> Members' names are personal data: never log them, nor a row or
 * statement that carries them. These expressions only add columns to answers the caller's role
 * may already read; they do not widen who reads what.
 *
 * <p>The arguments of the {@code *Sql} methods are SQL written in code (column references, bind
 * parameters such as {@code :at}), never values from a request.
 */
@Component
public class Names {

    private static final String IDS = " FROM unnest(CAST(:ids AS text[])) AS id";

    private final JdbcClient jdbc;

    Names(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name the unit {@code unitId} bore at the end of {@code day} (both SQL expressions). */
    public static String unitNameSql(String unitId, String day) {
        return "(SELECT n.name FROM query.unit_name n WHERE n.unit_id = " + unitId + " AND n.valid_from <= " + day
                + " ORDER BY n.valid_from DESC, n.sequence_number DESC LIMIT 1)";
    }

    /** The display name of the Steering Committee member {@code memberId}, null if it is no member's id. */
    public static String memberNameSql(String memberId) {
        return "(SELECT m.display_name FROM query.steering_member m WHERE m.member_id = " + memberId + ")";
    }

    /** The number of the directive, e.g. {@code 42-CT/TU}. */
    public static String directiveNumberSql(String directiveId) {
        return "(SELECT d.number FROM query.directive d WHERE d.id = " + directiveId + ")";
    }

    /** The title of the directive. */
    public static String directiveTitleSql(String directiveId) {
        return "(SELECT d.title FROM query.directive d WHERE d.id = " + directiveId + ")";
    }

    /** The tax code of the enterprise a task is about (cell establishments), null for other tasks. */
    public static String enterpriseTaxCodeSql(String taskId) {
        return "(SELECT e.tax_code FROM query.enterprise_cell_establishment e WHERE e.task_id = " + taskId + ")";
    }

    /** The name of the enterprise a task is about (cell establishments), null for other tasks. */
    public static String enterpriseNameSql(String taskId) {
        return "(SELECT e.enterprise_name FROM query.enterprise_cell_establishment e WHERE e.task_id = " + taskId
                + ")";
    }

    /** The names of the task's coordinating units at {@code day}, in the order the task lists them (a text array). */
    public static String coordinatingUnitNamesSql(String taskId, String day) {
        return "ARRAY(SELECT " + unitNameSql("c.unit_id", day) + " FROM query.task_board_coordinating_unit c"
                + " WHERE c.task_id = " + taskId + " ORDER BY c.position)";
    }

    /** The name each unit bore at the end of {@code at}; units without a name then are left out. */
    public Map<String, String> units(Collection<String> unitIds, LocalDate at) {
        return named("SELECT id, " + unitNameSql("id", ":at") + " AS name" + IDS, unitIds, at);
    }

    /** A unit on a day: a question {@link #unitsOnDays} answers. */
    public record UnitOnDay(String unitId, LocalDate day) {
    }

    /**
     * The name each unit bore at the end of its own day, in one statement however many pairs are
     * asked (a timeline page names units as at the day of each step); pairs without a name then are
     * left out.
     */
    public Map<UnitOnDay, String> unitsOnDays(Collection<UnitOnDay> asked) {
        if (asked.isEmpty()) {
            return Map.of();
        }
        List<UnitOnDay> pairs = asked.stream().distinct().toList();
        return jdbc.sql("SELECT p.id, p.day, " + unitNameSql("p.id", "p.day") + " AS name"
                        + " FROM unnest(CAST(:ids AS text[]), CAST(:days AS date[])) AS p(id, day)")
                .param("ids", pairs.stream().map(UnitOnDay::unitId).toArray(String[]::new))
                .param("days", pairs.stream().map(pair -> pair.day().toString()).toArray(String[]::new))
                .query((row, n) -> Map.entry(new UnitOnDay(row.getString("id"), row.getObject("day", LocalDate.class)),
                        Objects.requireNonNullElse(row.getString("name"), "")))
                .list().stream()
                .filter(named -> !named.getValue().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The display name of each Steering Committee member; ids of no member are left out. */
    public Map<String, String> members(Collection<String> memberIds) {
        return named("SELECT id, " + memberNameSql("id") + " AS name" + IDS, memberIds, null);
    }

    private Map<String, String> named(String sql, Collection<String> ids, LocalDate at) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("ids", ids.stream().filter(Objects::nonNull).distinct().toArray(String[]::new));
        if (at != null) {
            statement = statement.param("at", at);
        }
        return statement.query((row, n) -> new String[]{row.getString("id"), row.getString("name")}).list().stream()
                .filter(pair -> pair[1] != null)
                .collect(Collectors.toUnmodifiableMap(pair -> pair[0], pair -> pair[1]));
    }
}
