package vn.directives.query.workspace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The names people read instead of ids, from the query side's read models: units as named on a
 * day (units in time), Steering Committee members, directive numbers. Each question is one
 * statement for a whole page of ids; an id without a name is shown as it is.
 */
@Component
public class Names {

    private final JdbcClient jdbc;

    Names(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name each unit bore at the end of {@code on}. */
    public Map<String, String> units(Collection<String> unitIds, LocalDate on) {
        String[] ids = distinct(unitIds);
        if (ids.length == 0) {
            return Map.of();
        }
        return map(jdbc.sql("""
                        SELECT DISTINCT ON (unit_id) unit_id AS id, name FROM query.unit_name
                         WHERE unit_id = ANY (:ids) AND valid_from <= :on
                         ORDER BY unit_id, valid_from DESC, sequence_number DESC""")
                .param("ids", ids).param("on", on));
    }

    /** Each Steering Committee member's display name. */
    public Map<String, String> members(Collection<String> memberIds) {
        String[] ids = distinct(memberIds);
        if (ids.length == 0) {
            return Map.of();
        }
        return map(jdbc.sql("SELECT member_id AS id, display_name AS name FROM query.steering_member"
                + " WHERE member_id = ANY (:ids)").param("ids", ids));
    }

    /** Each directive's number as issued (42-CT/TU). */
    public Map<String, String> directives(Collection<String> directiveIds) {
        String[] ids = distinct(directiveIds);
        if (ids.length == 0) {
            return Map.of();
        }
        return map(jdbc.sql("SELECT id, number AS name FROM query.directive WHERE id = ANY (:ids)").param("ids", ids));
    }

    /** Every directive, newest first, for a picker. */
    public List<Option> directiveOptions() {
        return jdbc.sql("SELECT id, number AS name FROM query.directive ORDER BY issued_on DESC, number")
                .query((rs, row) -> new Option(rs.getString("id"), rs.getString("name"))).list();
    }

    /** The units registered by the end of {@code on}, by the name they bore then, for a picker. */
    public List<Option> unitOptions(LocalDate on) {
        return jdbc.sql("""
                        SELECT u.unit_id AS id,
                               (SELECT n.name FROM query.unit_name n WHERE n.unit_id = u.unit_id AND n.valid_from <= :on
                                 ORDER BY n.valid_from DESC, n.sequence_number DESC LIMIT 1) AS name
                          FROM query.unit u WHERE u.active_from <= :on ORDER BY name, u.unit_id""")
                .param("on", on).query((rs, row) -> new Option(rs.getString("id"), rs.getString("name"))).list();
    }

    /** The Steering Committee's members appointed by the end of {@code on}, for a picker. */
    public List<Option> memberOptions(LocalDate on) {
        return jdbc.sql("""
                        SELECT member_id AS id, display_name AS name FROM query.steering_member
                         WHERE appointed_on <= :on ORDER BY display_name, member_id""")
                .param("on", on).query((rs, row) -> new Option(rs.getString("id"), rs.getString("name"))).list();
    }

    /** One choice of a picker: the id sent, the name shown. */
    public record Option(String id, String name) {
    }

    private static Map<String, String> map(JdbcClient.StatementSpec statement) {
        Map<String, String> names = new HashMap<>();
        statement.query((rs, row) -> names.put(rs.getString("id"), rs.getString("name"))).list();
        return names;
    }

    private static String[] distinct(Collection<String> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    }
}
