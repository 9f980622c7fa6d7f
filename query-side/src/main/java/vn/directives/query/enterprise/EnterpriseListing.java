package vn.directives.query.enterprise;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.platform.web.Paging;
import vn.directives.query.names.Names;
import vn.directives.platform.web.ResultPage;

import java.time.LocalDate;
import java.util.List;

/** The list of enterprises known at a date, filtered, sorted and paged in the database. */
@Component
public class EnterpriseListing {

    private static final String COLUMNS = """
            SELECT tax_code, name, ownership, surveyed_on, workers, official_members_employed_12_months, trade_union,
                   has_party_organization, organization_name, party_organization_since, operating_known, dissolved_on,
                   in_registry, commune_unit_id, zone, registry_status, finding_differs, """
            + Names.unitNameSql("commune_unit_id", ":at") + """
                    AS commune_name, a.kind AS party_organization_kind,
                   """ + Names.unitNameSql("a.superior_committee_unit_id", ":at") + """
                    AS superior_committee_name
              FROM judged
              LEFT JOIN LATERAL (SELECT f.kind, f.superior_committee_unit_id
                                   FROM query.party_organization_affiliation f
                                  WHERE f.party_organization_id = judged.party_organization_id
                                    AND f.effective_on <= :at
                                  ORDER BY f.effective_on DESC, f.sequence_number DESC
                                  LIMIT 1) a ON true""";

    private static final RowMapper<EnterpriseSummary> SUMMARY = (row, n) -> new EnterpriseSummary(
            row.getString("tax_code"),
            row.getString("name"),
            CodeLabel.ownership(row.getString("ownership")),
            row.getObject("surveyed_on", LocalDate.class),
            row.getObject("workers", Integer.class),
            row.getObject("official_members_employed_12_months", Integer.class),
            row.getObject("trade_union", Boolean.class),
            row.getBoolean("has_party_organization"),
            row.getString("organization_name"),
            row.getObject("party_organization_since", LocalDate.class),
            row.getBoolean("has_party_organization") ? CodeLabel.partyOrganizationKind(
                    row.getString("party_organization_kind")) : null,
            row.getString("superior_committee_name"),
            row.getBoolean("operating_known"),
            row.getObject("dissolved_on", LocalDate.class),
            row.getBoolean("in_registry"),
            row.getString("commune_unit_id"),
            row.getString("commune_name"),
            row.getString("zone"),
            CodeLabel.operatingStatus(row.getString("registry_status")),
            row.getBoolean("finding_differs"));

    private final JdbcClient jdbc;

    EnterpriseListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ResultPage<EnterpriseSummary> list(EnterpriseFilter filter, EnterpriseSort sort, Paging paging) {
        EnterpriseFilter.Where where = filter.where();
        List<EnterpriseSummary> items = jdbc.sql(PictureAtDate.JUDGED + COLUMNS + where.sql() + sort.orderBy()
                        + " LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("at", filter.at())
                .param("yearFrom", filter.at().withDayOfYear(1))
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(SUMMARY)
                .list();
        long total = jdbc.sql(PictureAtDate.JUDGED + "SELECT count(*) FROM judged" + where.sql())
                .params(where.params())
                .param("at", filter.at())
                .param("yearFrom", filter.at().withDayOfYear(1))
                .query(Long.class)
                .single();
        return ResultPage.of(items, paging, total);
    }
}
