package vn.directives.query.workspace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.names.Names;

import java.time.LocalDate;
import java.util.List;

/**
 * The choices of the workspace's pickers (directives, units and members at a date), each an id
 * and the name people read; names come from {@link vn.directives.query.names.Names}, the one
 * resolution the API uses too.
 */
@Component
public class Pickers {

    private final JdbcClient jdbc;

    Pickers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every directive, newest first, for a picker. */
    public List<Option> directiveOptions() {
        // the outer aliases differ from those inside Names' subqueries (d, m), which would shadow them
        return jdbc.sql("SELECT directive.id, " + Names.directiveNumberSql("directive.id") + " AS name"
                        + " FROM query.directive directive ORDER BY directive.issued_on DESC, directive.number")
                .query((rs, row) -> new Option(rs.getString("id"), rs.getString("name"))).list();
    }

    /** The units registered by the end of {@code on}, by the name they bore then, for a picker. */
    public List<Option> unitOptions(LocalDate on) {
        return jdbc.sql("SELECT u.unit_id AS id, " + Names.unitNameSql("u.unit_id", ":on") + " AS name"
                        + " FROM query.unit u WHERE u.active_from <= :on ORDER BY name, u.unit_id")
                .param("on", on).query((rs, row) -> new Option(rs.getString("id"), rs.getString("name"))).list();
    }

    /** The Steering Committee's members appointed by the end of {@code on}, for a picker. */
    public List<Option> memberOptions(LocalDate on) {
        return jdbc.sql("SELECT member.member_id AS id, " + Names.memberNameSql("member.member_id") + " AS name"
                        + " FROM query.steering_member member WHERE member.appointed_on <= :on"
                        + " ORDER BY name, member.member_id")
                .param("on", on).query((rs, row) -> new Option(rs.getString("id"), rs.getString("name"))).list();
    }

    /** One choice of a picker: the id sent, the name shown. */
    public record Option(String id, String name) {
    }
}
