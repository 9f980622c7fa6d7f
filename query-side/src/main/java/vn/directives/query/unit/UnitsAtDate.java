package vn.directives.query.unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.events.unit.UnitKind;
import vn.directives.query.names.Names;
import vn.directives.query.unit.UnitAtDate.NameVersion;
import vn.directives.query.unit.UnitAtDate.UnitRef;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads units as they were at a date from the tables of {@link UnitHistoryProjection}, each named
 * as {@link Names} names units.
 */
@Component
public class UnitsAtDate {

    private final JdbcClient jdbc;

    UnitsAtDate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Units registered by the end of {@code at}, ended ones included unless only active ones are asked for. */
    public List<UnitSummary> list(LocalDate at, Boolean active, UnitKind kind) {
        String sql = "SELECT u.*, " + Names.unitNameSql("u.unit_id", ":at") + " AS name FROM query.unit u"
                + " WHERE u.active_from <= :at"
                + (active == null ? "" : " AND (u.ended_on IS NULL OR u.ended_on > :at) = :active")
                + (kind == null ? "" : " AND u.kind = :kind")
                + " ORDER BY name, u.unit_id";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("at", at);
        if (active != null) {
            statement = statement.param("active", active);
        }
        if (kind != null) {
            statement = statement.param("kind", kind.name());
        }
        return statement.query((row, n) -> {
            UnitStatus status = status(row, at);
            return new UnitSummary(row.getString("unit_id"), row.getString("name"),
                    UnitLabels.kind(row.getString("kind")), status.toLabel(), status == UnitStatus.ACTIVE,
                    row.getObject("active_from", LocalDate.class),
                    status.ended() ? row.getObject("ended_on", LocalDate.class) : null,
                    status.ended() ? row.getString("merged_into_unit_id") : null, row.getString("parent_unit_id"));
        }).list();
    }

    Optional<UnitAtDate> one(String unitId, LocalDate at) {
        return jdbc.sql("SELECT u.*, " + Names.unitNameSql("u.unit_id", ":at") + " AS name, "
                        + Names.unitNameSql("u.parent_unit_id", ":at") + " AS parent_name, "
                        + Names.unitNameSql("u.merged_into_unit_id", "u.ended_on") + " AS merged_into_name"
                        + " FROM query.unit u WHERE u.unit_id = :unitId")
                .param("unitId", unitId)
                .param("at", at)
                .query((row, n) -> {
                    UnitStatus status = status(row, at);
                    LocalDate endedOn = status.ended() ? row.getObject("ended_on", LocalDate.class) : null;
                    return new UnitAtDate(unitId, at, row.getString("name"), UnitLabels.kind(row.getString("kind")),
                            status.toLabel(), status == UnitStatus.ACTIVE, row.getObject("active_from", LocalDate.class),
                            endedOn, ref(row, "parent_unit_id", "parent_name", at),
                            status.ended() ? ref(row, "merged_into_unit_id", "merged_into_name", endedOn) : null,
                            status.ended() ? row.getString("dissolution_reason") : null,
                            status.ended() ? successors(unitId, endedOn) : List.of(),
                            names(unitId), mergedFrom(unitId, at));
                })
                .optional();
    }

    private List<NameVersion> names(String unitId) {
        return jdbc.sql("""
                        SELECT name, valid_from, valid_until FROM query.unit_name
                         WHERE unit_id = :unitId ORDER BY sequence_number""")
                .param("unitId", unitId)
                .query((row, n) -> new NameVersion(row.getString("name"), row.getObject("valid_from", LocalDate.class),
                        row.getObject("valid_until", LocalDate.class)))
                .list();
    }

    /** The units that succeed a dissolved one, in the order named, each as named on the day of the dissolution. */
    private List<UnitRef> successors(String unitId, LocalDate on) {
        return jdbc.sql("SELECT s.successor_unit_id, " + Names.unitNameSql("s.successor_unit_id", ":on") + " AS name"
                        + " FROM query.unit_successor s WHERE s.unit_id = :unitId ORDER BY s.position")
                .param("unitId", unitId)
                .param("on", on)
                .query((row, n) -> new UnitRef(row.getString("successor_unit_id"), row.getString("name"), on))
                .list();
    }

        /** Units merged into this one by the end of {@code at}, each with the last name it bore. */
    private List<UnitRef> mergedFrom(String unitId, LocalDate at) {
        return jdbc.sql("SELECT u.unit_id, u.ended_on, " + Names.unitNameSql("u.unit_id", "u.ended_on") + " AS name"
                        + " FROM query.unit u WHERE u.merged_into_unit_id = :unitId AND u.ended_on <= :at"
                        + " ORDER BY u.ended_on, name")
                .param("unitId", unitId)
                .param("at", at)
                .query((row, n) -> new UnitRef(row.getString("unit_id"), row.getString("name"),
                        row.getObject("ended_on", LocalDate.class)))
                .list();
    }

    private static UnitStatus status(ResultSet row, LocalDate at) throws SQLException {
        return UnitStatus.at(at, row.getObject("active_from", LocalDate.class),
                row.getObject("ended_on", LocalDate.class), row.getString("ending"));
    }

    private static UnitRef ref(ResultSet row, String idColumn, String nameColumn, LocalDate on) throws SQLException {
        String id = row.getString(idColumn);
        return id == null ? null : new UnitRef(id, row.getString(nameColumn), on);
    }
}
