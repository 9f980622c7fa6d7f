package vn.directives.query.steering;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.names.Names;
import vn.directives.query.steering.SteeringMemberView.ResponsibilitiesView;
import vn.directives.query.steering.SteeringMemberView.UnitName;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads the Steering Committee as it was at a date from the tables of
 * {@link SteeringCommitteeProjection}; units are named as they were that day ({@link Names}).
 */
@Component
public class SteeringCommitteeAtDate {

    private final JdbcClient jdbc;
    private final Names names;

    SteeringCommitteeAtDate(JdbcClient jdbc, Names names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /**
     * Members appointed by the end of {@code at}, relieved ones included unless only serving ones
     * are asked for; optionally only those answering for a unit at that date.
     */
    public List<SteeringMemberView> members(LocalDate at, Boolean active, String unitId) {
        String sql = """
                SELECT m.member_id, m.display_name, m.email, m.post, m.appointed_on, m.relieved_on,
                       r.unit_ids, r.areas, r.valid_from
                  FROM query.steering_member m
                  LEFT JOIN LATERAL (SELECT unit_ids, areas, valid_from FROM query.steering_member_responsibilities
                                      WHERE member_id = m.member_id AND valid_from <= :at
                                      ORDER BY valid_from DESC, sequence_number DESC LIMIT 1) r ON true
                 WHERE m.appointed_on <= :at"""
                + (active == null ? "" : " AND (m.relieved_on IS NULL OR m.relieved_on > :at) = :active")
                + (unitId == null ? "" : " AND :unitId = ANY (r.unit_ids)")
                + " ORDER BY m.appointed_on, m.member_id";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("at", at);
        if (active != null) {
            statement = statement.param("active", active);
        }
        if (unitId != null) {
            statement = statement.param("unitId", unitId);
        }
        List<Row> rows = statement.query((row, n) -> new Row(row.getString("member_id"), row.getString("display_name"),
                row.getString("email"), row.getString("post"), row.getObject("appointed_on", LocalDate.class),
                row.getObject("relieved_on", LocalDate.class), strings(row.getArray("unit_ids")),
                strings(row.getArray("areas")), row.getObject("valid_from", LocalDate.class))).list();
        Map<String, String> unitNames = names.units(
                rows.stream().flatMap(row -> row.unitIds().stream()).toList(), at);
        return rows.stream().map(row -> row.toView(at, unitNames)).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private record Row(String memberId, String displayName, String email, String post, LocalDate appointedOn,
                       LocalDate relievedOn, List<String> unitIds, List<String> areas, LocalDate responsibleSince) {

        SteeringMemberView toView(LocalDate at, Map<String, String> unitNames) {
            List<UnitName> units = unitIds.stream().map(id -> new UnitName(id, unitNames.get(id))).toList();
            boolean active = relievedOn == null || relievedOn.isAfter(at);
            return new SteeringMemberView(memberId, displayName, email, post,
                    new ResponsibilitiesView(units, areas, responsibleSince), appointedOn, active ? null : relievedOn,
                    active);
        }

        @Override
        public String toString() {
            return "Row[memberId=" + memberId + ", contact redacted]";
        }
    }
}
