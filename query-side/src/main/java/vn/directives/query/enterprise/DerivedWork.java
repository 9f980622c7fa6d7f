package vn.directives.query.enterprise;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.names.Names;

import java.time.LocalDate;
import java.util.List;

/**
 * The work the figures call for at the end of a day, from the same picture as the indicators
 * ({@link PictureAtDate}), so that a gap list is exactly what its indicator lacks: the I2 gap
 * (operating, 3 or more official members employed 12 months or more, no Party organization), the
 * I3 gap (operating, a trade union, no Party organization), and the enterprises whose latest survey
 * found members still registered at their residence, less the transfers into the enterprise
 * completed since that survey, or whose members on the Party members' roster (an imported list) are
 * registered at their residence. Surveys count such members and the roster names them only by a
 * pseudonymous reference, so the third list is of enterprises and counts, never of people. The two
 * counts are shown side by side and never added: they may count the same people.
 */
@Component
public class DerivedWork {

    private static final String ROWS = PictureAtDate.JUDGED + """
            , transferred_since_survey AS (
                SELECT t.tax_code, count(*) AS transferred
                  FROM query.enterprise_member_transfer t
                  JOIN judged j ON j.tax_code = t.tax_code
                 WHERE t.direction = 'RESIDENCE_TO_ENTERPRISE' AND t.effective_on > j.surveyed_on
                   AND t.effective_on <= :at
                 GROUP BY t.tax_code
            ), roster_entry AS (
                SELECT DISTINCT ON (m.member_ref) m.enterprise_tax_code, m.residence_committee_unit_id
                  FROM query.party_member_entry m
                 WHERE m.effective_on <= :at
                 ORDER BY m.member_ref, m.effective_on DESC, m.sequence_number DESC
            ), roster_at_residence AS (
                SELECT enterprise_tax_code AS tax_code, count(*) AS members
                  FROM roster_entry
                 WHERE residence_committee_unit_id IS NOT NULL
                 GROUP BY enterprise_tax_code
            ), rows AS (
                SELECT j.*, coalesce(t.transferred, 0) AS transferred_since_survey,
                       coalesce(j.surveyed_members_at_residence, 0) - coalesce(t.transferred, 0) AS still_at_residence,
                       coalesce(ra.members, 0) AS on_roster_at_residence
                  FROM judged j
                  LEFT JOIN transferred_since_survey t ON t.tax_code = j.tax_code
                  LEFT JOIN roster_at_residence ra ON ra.tax_code = j.tax_code
                 WHERE j.operating_known
            )
            SELECT r.*, """ + Names.unitNameSql("r.commune_unit_id", ":at") + """
                    AS commune_name,
                   c.task_id AS establishment_task_id, c.opened_on AS establishment_opened_on
              FROM rows r
              LEFT JOIN LATERAL (SELECT e.task_id, e.opened_on FROM query.enterprise_cell_establishment e
                                  WHERE e.tax_code = r.tax_code AND e.opened_on <= :at
                                    AND (e.abandoned_on IS NULL OR e.abandoned_on > :at)
                                  ORDER BY e.opened_on DESC, e.task_id LIMIT 1) c ON true
             WHERE (NOT r.has_party_organization AND (r.three_qualifying_members OR r.has_trade_union))
                OR r.still_at_residence > 0 OR r.on_roster_at_residence > 0
             ORDER BY commune_name NULLS LAST, r.name, r.tax_code""";

    private final JdbcClient jdbc;

    DerivedWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DerivedWorkView at(LocalDate at) {
        List<Row> rows = jdbc.sql(ROWS)
                .param("at", at)
                .param("yearFrom", at.withDayOfYear(1))
                .query((row, n) -> new Row(new DerivedWorkView.Enterprise(
                        row.getString("tax_code"), row.getString("name"), row.getBoolean("in_registry"),
                        row.getString("commune_unit_id"), row.getString("commune_name"), row.getString("zone"),
                        row.getObject("workers", Integer.class),
                        row.getObject("official_members_employed_12_months", Integer.class),
                        row.getBoolean("has_trade_union"), row.getObject("surveyed_on", LocalDate.class),
                        row.getString("organization_name"), row.getString("establishment_task_id"),
                        row.getObject("establishment_opened_on", LocalDate.class)),
                        !row.getBoolean("has_party_organization") && row.getBoolean("three_qualifying_members"),
                        !row.getBoolean("has_party_organization") && row.getBoolean("has_trade_union"),
                        row.getInt("surveyed_members_at_residence"), row.getInt("transferred_since_survey"),
                        row.getInt("still_at_residence"), row.getInt("on_roster_at_residence")))
                .list();
        return new DerivedWorkView(at,
                rows.stream().filter(Row::i2Gap).map(Row::enterprise).toList(),
                rows.stream().filter(Row::i3Gap).map(Row::enterprise).toList(),
                rows.stream().filter(row -> row.stillAtResidence() > 0 || row.onRoster() > 0)
                        .map(row -> new DerivedWorkView.MembersAtResidence(row.enterprise(), row.foundBySurvey(),
                                row.transferredSince(), Math.max(row.stillAtResidence(), 0), row.onRoster()))
                        .toList());
    }

    private record Row(DerivedWorkView.Enterprise enterprise, boolean i2Gap, boolean i3Gap, int foundBySurvey,
                       int transferredSince, int stillAtResidence, int onRoster) {
    }
}
