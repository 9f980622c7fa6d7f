package vn.directives.query.enterprise;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.events.memberdevelopment.AdmissionsByCategory;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.query.enterprise.LocalityTotalsView.Locality;
import vn.directives.query.enterprise.LocalityTotalsView.Totals;
import vn.directives.query.names.Names;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * I1-I4 and the sector's totals at the end of a day, per commune or ward of the registry (named as
 * the unit was then), per industrial or cluster zone, and province-wide, in one pass over the
 * picture the indicators count ({@link PictureAtDate}), so that the province's row is exactly
 * {@code /api/indicators}. Only enterprises not ceased by the day are counted: a ceased enterprise
 * takes its organizations with it. Party organizations are counted by their kind at the day
 * ("Chưa phân loại" when none was recorded) with their members by status ({@link MemberStatusSql})
 * and the members who left them other than by transfer in the period; an organization merged into
 * another or dissolved counts no more from that day (its members count where they went). Socio-political
 * organizations are the registry's; for a trade union or a Youth Union the registry has no word on,
 * the latest survey's answer and count stand, as for I3. Candidates admitted in the period are
 * counted by category in the enterprises counted, by the yearly report's rule.
 */
@Component
public class LocalityTotals {

    static final List<String> PARTY_KINDS = List.of("GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL",
            "CELL_UNDER_GRASSROOTS_COMMITTEE");
    static final List<String> SOCIO_POLITICAL_KINDS = List.of("TRADE_UNION", "YOUTH_UNION", "WOMENS_UNION",
            "VETERANS_ASSOCIATION");

    /** Per enterprise: candidates admitted from {@code :yearFrom} to {@code :at}, by category. */
    private static final String ADMITTED_BY_CATEGORY = AdmissionsByCategory.ORDER.stream()
            .map(category -> "count(*) FILTER (WHERE admitted_on >= :yearFrom AND category = '" + category.name()
                    + "') AS " + admittedColumn(category))
            .collect(Collectors.joining(", "));
    private static final String ADMITTED_COLUMNS = AdmissionsByCategory.ORDER.stream()
            .map(category -> "coalesce(ad." + admittedColumn(category) + ", 0) AS " + admittedColumn(category))
            .collect(Collectors.joining(", "));
    private static final String ADMITTED_SUMS = AdmissionsByCategory.ORDER.stream()
            .map(category -> "coalesce(sum(" + admittedColumn(category) + "), 0) AS " + admittedColumn(category))
            .collect(Collectors.joining(", "));

    private static final String TOTALS = PictureAtDate.JUDGED + """
            , organization_kind AS (
                SELECT DISTINCT ON (party_organization_id) party_organization_id, kind
                  FROM query.party_organization_affiliation
                 WHERE effective_on <= :at
                 ORDER BY party_organization_id, effective_on DESC, sequence_number DESC
            ), organization_members AS (
                SELECT m.*, """ + MemberStatusSql.OFFICIAL + """
                        AS official_members, """ + MemberStatusSql.PROBATIONARY + """
                        AS probationary_members
                  FROM (""" + MemberStatusSql.SUMS + """
                       ) m
            ), socio AS (
                SELECT DISTINCT ON (tax_code, kind) tax_code, kind, change <> 'DISSOLVED' AS exists, members
                  FROM query.enterprise_socio_political_change
                 WHERE effective_on <= :at
                 ORDER BY tax_code, kind, effective_on DESC, sequence_number DESC
            ), admissions AS (
                SELECT enterprise_tax_code AS tax_code, """ + ADMITTED_BY_CATEGORY + """
                  FROM query.candidate
                 WHERE admitted_on <= :at
                 GROUP BY enterprise_tax_code
            ), counted AS (
                SELECT j.commune_unit_id, j.zone, j.operating_known, j.workers, j.has_party_organization,
                       j.three_qualifying_members, j.has_trade_union, j.admitted_new_members,
                       k.kind AS organization_kind,
                       coalesce(m.official_members + m.probationary_members, 0) AS party_members,
                       coalesce(m.official_members, 0) AS official_members,
                       coalesce(m.probationary_members, 0) AS probationary_members,
                       coalesce(m.temporary_members, 0) AS temporary_members,
                       coalesce(m.left_death, 0) AS left_death,
                       coalesce(m.left_removal_from_rolls, 0) AS left_removal_from_rolls,
                       coalesce(m.left_expulsion, 0) AS left_expulsion,
                       coalesce(m.left_leaving_on_request, 0) AS left_leaving_on_request,
                       j.has_trade_union AS trade_union,
                       CASE WHEN tu.tax_code IS NOT NULL THEN tu.members
                            ELSE j.surveyed_trade_union_members END AS trade_union_members,
                       CASE WHEN yu.tax_code IS NOT NULL THEN yu.exists
                            ELSE coalesce(j.surveyed_youth_union, false) END AS youth_union,
                       CASE WHEN yu.tax_code IS NOT NULL THEN yu.members
                            ELSE j.surveyed_youth_union_members END AS youth_union_members,
                       coalesce(wu.exists, false) AS womens_union, wu.members AS womens_union_members,
                       coalesce(va.exists, false) AS veterans_association, va.members AS veterans_association_members,
                       ad.tax_code IS NOT NULL AS admissions_known, """ + ADMITTED_COLUMNS + """
                  FROM judged j
                  LEFT JOIN organization_kind k ON k.party_organization_id = j.party_organization_id
                  LEFT JOIN organization_members m ON m.party_organization_id = j.party_organization_id
                  LEFT JOIN socio tu ON tu.tax_code = j.tax_code AND tu.kind = 'TRADE_UNION'
                  LEFT JOIN socio yu ON yu.tax_code = j.tax_code AND yu.kind = 'YOUTH_UNION'
                  LEFT JOIN socio wu ON wu.tax_code = j.tax_code AND wu.kind = 'WOMENS_UNION'
                  LEFT JOIN socio va ON va.tax_code = j.tax_code AND va.kind = 'VETERANS_ASSOCIATION'
                  LEFT JOIN admissions ad ON ad.tax_code = j.tax_code
                 WHERE NOT j.ceased
            )
            SELECT GROUPING(commune_unit_id) AS all_communes, GROUPING(zone) AS all_zones, commune_unit_id, zone,
                   """ + Names.unitNameSql("commune_unit_id", ":at") + """
                    AS commune_name,
                   count(*) FILTER (WHERE operating_known) AS operating,
                   coalesce(sum(workers) FILTER (WHERE operating_known), 0) AS workers,
                   count(*) FILTER (WHERE operating_known AND has_party_organization) AS i1_numerator,
                   count(*) FILTER (WHERE operating_known AND three_qualifying_members
                                      AND has_party_organization) AS i2_numerator,
                   count(*) FILTER (WHERE operating_known AND three_qualifying_members) AS i2_denominator,
                   count(*) FILTER (WHERE operating_known AND has_trade_union AND has_party_organization) AS i3_numerator,
                   count(*) FILTER (WHERE operating_known AND has_trade_union) AS i3_denominator,
                   count(*) FILTER (WHERE has_party_organization AND admitted_new_members) AS i4_numerator,
                   count(*) FILTER (WHERE has_party_organization) AS party_organizations,
                   count(*) FILTER (WHERE has_party_organization AND organization_kind = 'GRASSROOTS_COMMITTEE')
                       AS kind_grassroots_committee,
                   count(*) FILTER (WHERE has_party_organization AND organization_kind = 'GRASSROOTS_CELL')
                       AS kind_grassroots_cell,
                   count(*) FILTER (WHERE has_party_organization
                                      AND organization_kind = 'CELL_UNDER_GRASSROOTS_COMMITTEE')
                       AS kind_cell_under_grassroots_committee,
                   count(*) FILTER (WHERE has_party_organization AND organization_kind IS NULL) AS kind_not_classified,
                   coalesce(sum(party_members) FILTER (WHERE has_party_organization), 0) AS party_members,
                   coalesce(sum(official_members) FILTER (WHERE has_party_organization), 0) AS official_members,
                   coalesce(sum(probationary_members) FILTER (WHERE has_party_organization), 0)
                       AS probationary_members,
                   coalesce(sum(temporary_members) FILTER (WHERE has_party_organization), 0) AS temporary_members,
                   coalesce(sum(left_death) FILTER (WHERE has_party_organization), 0) AS left_death,
                   coalesce(sum(left_removal_from_rolls) FILTER (WHERE has_party_organization), 0)
                       AS left_removal_from_rolls,
                   coalesce(sum(left_expulsion) FILTER (WHERE has_party_organization), 0) AS left_expulsion,
                   coalesce(sum(left_leaving_on_request) FILTER (WHERE has_party_organization), 0)
                       AS left_leaving_on_request,
                   count(*) FILTER (WHERE trade_union) AS trade_union,
                   coalesce(sum(trade_union_members) FILTER (WHERE trade_union), 0) AS trade_union_members,
                   count(*) FILTER (WHERE youth_union) AS youth_union,
                   coalesce(sum(youth_union_members) FILTER (WHERE youth_union), 0) AS youth_union_members,
                   count(*) FILTER (WHERE womens_union) AS womens_union,
                   coalesce(sum(womens_union_members) FILTER (WHERE womens_union), 0) AS womens_union_members,
                   count(*) FILTER (WHERE veterans_association) AS veterans_association,
                   coalesce(sum(veterans_association_members) FILTER (WHERE veterans_association), 0)
                       AS veterans_association_members,
                   coalesce(bool_or(admissions_known), false) AS admissions_known, """ + ADMITTED_SUMS + """
              FROM counted
             GROUP BY GROUPING SETS ((commune_unit_id), (zone), ())""";

    private final JdbcClient jdbc;

    LocalityTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public LocalityTotalsView at(LocalDate at, LocalDate admissionsFrom) {
        List<Totals> rows = jdbc.sql(TOTALS)
                .param("at", at)
                .param("yearFrom", admissionsFrom)
                .query((row, n) -> totals(row))
                .list();
        Totals province = rows.stream().filter(row -> row.locality().kind().equals("PROVINCE")).findFirst()
                .orElseThrow();
        return new LocalityTotalsView(at, admissionsFrom, province, sorted(rows, "COMMUNE"), sorted(rows, "ZONE"));
    }

    /** By name, the row of enterprises without a commune (or outside any zone) last. */
    private static List<Totals> sorted(List<Totals> rows, String kind) {
        List<Totals> found = new ArrayList<>(rows.stream().filter(row -> row.locality().kind().equals(kind)).toList());
        found.sort(Comparator.comparing((Totals row) -> row.locality().id() == null)
                .thenComparing(row -> row.locality().name()));
        return found;
    }

    private static Totals totals(ResultSet row) throws SQLException {
        long organizations = row.getLong("party_organizations");
        return new Totals(locality(row), row.getLong("operating"), row.getLong("workers"), List.of(
                IndicatorValue.of(IndicatorCode.I1, row.getLong("i1_numerator"), row.getLong("operating")),
                IndicatorValue.of(IndicatorCode.I2, row.getLong("i2_numerator"), row.getLong("i2_denominator")),
                IndicatorValue.of(IndicatorCode.I3, row.getLong("i3_numerator"), row.getLong("i3_denominator")),
                IndicatorValue.of(IndicatorCode.I4, row.getLong("i4_numerator"), organizations)),
                organizations, List.of(
                new LocalityTotalsView.KindCount(CodeLabel.partyOrganizationKind("GRASSROOTS_COMMITTEE"),
                        row.getLong("kind_grassroots_committee")),
                new LocalityTotalsView.KindCount(CodeLabel.partyOrganizationKind("GRASSROOTS_CELL"),
                        row.getLong("kind_grassroots_cell")),
                new LocalityTotalsView.KindCount(CodeLabel.partyOrganizationKind("CELL_UNDER_GRASSROOTS_COMMITTEE"),
                        row.getLong("kind_cell_under_grassroots_committee")),
                new LocalityTotalsView.KindCount(CodeLabel.partyOrganizationKind(null),
                        row.getLong("kind_not_classified"))),
                row.getLong("party_members"), List.of(
                new LocalityTotalsView.CodeCount(CodeLabel.memberStatus("OFFICIAL"), row.getLong("official_members")),
                new LocalityTotalsView.CodeCount(CodeLabel.memberStatus("PROBATIONARY"),
                        row.getLong("probationary_members")),
                new LocalityTotalsView.CodeCount(CodeLabel.memberStatus("TEMPORARY"),
                        row.getLong("temporary_members"))),
                MemberStatusSql.EXIT_REASONS.stream().map(reason -> exits(row, reason)).toList(),
                SOCIO_POLITICAL_KINDS.stream().map(kind -> socioPolitical(row, kind)).toList(),
                admissions(row));
    }

    /** The column of candidates admitted in a category. */
    private static String admittedColumn(CandidateCategory category) {
        return "admitted_" + category.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Candidates admitted in the period by category, and owners and managers together, by the rule the
     * yearly report counts them by ({@link AdmissionsByCategory}): null ("chưa có số liệu") where no
     * candidate admitted in an enterprise of the locality is known by the date.
     */
    private static LocalityTotalsView.Admissions admissions(ResultSet row) throws SQLException {
        Map<CandidateCategory, Long> counted = new EnumMap<>(CandidateCategory.class);
        for (CandidateCategory category : AdmissionsByCategory.ORDER) {
            counted.put(category, row.getLong(admittedColumn(category)));
        }
        Map<CandidateCategory, Long> byCategory = AdmissionsByCategory.of(row.getBoolean("admissions_known"), counted);
        return new LocalityTotalsView.Admissions(AdmissionsByCategory.ORDER.stream()
                .map(category -> new LocalityTotalsView.CategoryCount(new CodeLabel(category.name(),
                        AdmissionsByCategory.label(category), AdmissionsByCategory.labelEn(category)),
                        byCategory == null ? null : byCategory.get(category)))
                .toList(), AdmissionsByCategory.ownersAndManagers(byCategory));
    }

    private static LocalityTotalsView.CodeCount exits(ResultSet row, String reason) {
        try {
            return new LocalityTotalsView.CodeCount(CodeLabel.exitReason(reason),
                    row.getLong(MemberStatusSql.exitColumn(reason)));
        } catch (SQLException e) {
            throw new IllegalStateException("Exits for " + reason + " in the totals by locality", e);
        }
    }

        private static LocalityTotalsView.SocioPolitical socioPolitical(ResultSet row, String kind) {
        String column = kind.toLowerCase();
        try {
            return new LocalityTotalsView.SocioPolitical(CodeLabel.socioPoliticalKind(kind), row.getLong(column),
                    row.getLong(column + "_members"));
        } catch (SQLException e) {
            throw new IllegalStateException("Column " + column + " of the totals by locality", e);
        }
    }

    private static Locality locality(ResultSet row) throws SQLException {
        if (row.getInt("all_communes") == 0) {
            String unitId = row.getString("commune_unit_id");
            return unitId == null
                    ? new Locality("COMMUNE", null, "Chưa ghi nhận xã, phường", "No commune or ward recorded")
                    : new Locality("COMMUNE", unitId, nameOr(row.getString("commune_name"), unitId),
                            nameOr(row.getString("commune_name"), unitId));
        }
        if (row.getInt("all_zones") == 0) {
            String zone = row.getString("zone");
            return zone == null
                    ? new Locality("ZONE", null, "Ngoài khu, cụm công nghiệp (hoặc chưa ghi nhận)",
                            "Outside industrial and cluster zones (or not recorded)")
                    : new Locality("ZONE", zone, zone, zone);
        }
        return new Locality("PROVINCE", null, "Toàn tỉnh", "Province-wide");
    }

    private static String nameOr(String name, String unitId) {
        return name == null ? unitId : name;
    }
}
