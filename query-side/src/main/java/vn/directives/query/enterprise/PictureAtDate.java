package vn.directives.query.enterprise;

/**
 * The one definition of an enterprise's picture at the end of a day ({@code :at}), shared by the
 * list, the detail and the indicators so that they can never disagree. Only facts effective on or
 * before the day count, whenever they were recorded. {@code :yearFrom} opens the period in which
 * admissions of new members count for I4.
 *
 * <p>Per enterprise (tax code): the registry's facts in force at the day (latest effective
 * date, then latest event), the latest surveyed facts (latest effective date, then latest
 * recorded); its Party organization if it exists by then and was not closed (merged into another,
 * dissolved) by then; whether it ceased operating (a cell
 * establishment abandoned because the enterprise was dissolved, not followed by a later survey; or,
 * for an enterprise in the registry, ceased there); and the judgements the indicators count:
 * operating and known (in the registry: registered, operating and not ceased, whatever surveys say;
 * otherwise surveyed and not ceased), with a Party organization, with 3 or more official members
 * employed 12 months or more, with a trade union (as the registry's socio-political organizations
 * say when they have a word on it, else as the latest survey found), having admitted new members in
 * the period. The latest survey's counts of members still registered at their residence and of
 * its trade union and Youth Union ride along for the derived work and the totals by locality.
 */
final class PictureAtDate {

    static final String JUDGED = """
            WITH registry AS (
                SELECT DISTINCT ON (tax_code) *
                  FROM query.enterprise_registry_entry
                 WHERE effective_on <= :at
                 ORDER BY tax_code, effective_on DESC, sequence_number DESC
            ), trade_union AS (
                SELECT DISTINCT ON (tax_code) tax_code, change <> 'DISSOLVED' AS exists
                  FROM query.enterprise_socio_political_change
                 WHERE kind = 'TRADE_UNION' AND effective_on <= :at
                 ORDER BY tax_code, effective_on DESC, sequence_number DESC
            ), latest_finding AS (
                SELECT DISTINCT ON (tax_code) *
                  FROM query.enterprise_finding
                 WHERE effective_on <= :at
                 ORDER BY tax_code, effective_on DESC, recorded_at DESC, sequence_number DESC
            ), organization AS (
                SELECT DISTINCT ON (tax_code) *
                  FROM query.enterprise_party_organization
                 WHERE since <= :at AND (closed_on IS NULL OR closed_on > :at)
                 ORDER BY tax_code, since, recorded_at
            ), organized AS (
                -- an enterprise stays known when its organization was merged or dissolved
                SELECT DISTINCT ON (tax_code) tax_code, enterprise_name
                  FROM query.enterprise_party_organization
                 WHERE since <= :at
                 ORDER BY tax_code, since DESC, recorded_at DESC
            ), establishment AS (
                SELECT tax_code,
                       (array_agg(enterprise_name ORDER BY opened_on DESC))[1] AS enterprise_name,
                       max(abandoned_on) FILTER (WHERE abandonment_reason = 'ENTERPRISE_DISSOLVED'
                                                   AND abandoned_on <= :at) AS dissolved_on
                  FROM query.enterprise_cell_establishment
                 WHERE opened_on <= :at
                 GROUP BY tax_code
            ), transfer AS (
                SELECT DISTINCT tax_code FROM query.enterprise_member_transfer WHERE effective_on <= :at
            ), admission AS (
                SELECT party_organization_id, sum(admitted) AS admitted
                  FROM query.party_organization_membership_change
                 WHERE change = 'ADMITTED' AND effective_on BETWEEN :yearFrom AND :at
                 GROUP BY party_organization_id
            ), enterprise AS (
                SELECT tax_code FROM registry
                UNION SELECT tax_code FROM latest_finding
                UNION SELECT tax_code FROM organized
                UNION SELECT tax_code FROM establishment
                UNION SELECT tax_code FROM transfer
            ), picture AS (
                SELECT e.tax_code,
                       coalesce(r.name, f.enterprise_name, o.enterprise_name, od.enterprise_name, c.enterprise_name) AS name,
                       coalesce(r.ownership, f.ownership) AS ownership,
                       coalesce(r.workers, f.workers) AS workers,
                       r.tax_code IS NOT NULL AS in_registry,
                       r.address,
                       r.commune_unit_id,
                       r.zone,
                       r.status AS registry_status,
                       r.ceased_reason,
                       f.workers AS surveyed_workers,
                       f.ownership AS surveyed_ownership,
                       r.tax_code IS NOT NULL AND f.tax_code IS NOT NULL
                           AND (f.workers IS DISTINCT FROM r.workers OR f.ownership IS DISTINCT FROM r.ownership)
                           AS finding_differs,
                       f.official_members_employed_12_months,
                       f.members_registered_at_residence AS surveyed_members_at_residence,
                       f.trade_union_members AS surveyed_trade_union_members,
                       f.youth_union AS surveyed_youth_union,
                       f.youth_union_members AS surveyed_youth_union_members,
                       CASE WHEN u.tax_code IS NOT NULL THEN u.exists ELSE f.trade_union END AS trade_union,
                       f.effective_on AS surveyed_on,
                       o.party_organization_id,
                       o.organization_name,
                       o.since AS party_organization_since,
                       CASE WHEN r.ceased THEN r.effective_on ELSE c.dissolved_on END AS dissolved_on,
                       CASE WHEN r.tax_code IS NOT NULL THEN r.ceased
                            ELSE c.dissolved_on IS NOT NULL
                                 AND (f.effective_on IS NULL OR f.effective_on <= c.dissolved_on) END AS ceased,
                       coalesce(a.admitted, 0) AS admitted_in_period
                  FROM enterprise e
                  LEFT JOIN registry r ON r.tax_code = e.tax_code
                  LEFT JOIN trade_union u ON u.tax_code = e.tax_code
                  LEFT JOIN latest_finding f ON f.tax_code = e.tax_code
                  LEFT JOIN organization o ON o.tax_code = e.tax_code
                  LEFT JOIN organized od ON od.tax_code = e.tax_code
                  LEFT JOIN establishment c ON c.tax_code = e.tax_code
                  LEFT JOIN admission a ON a.party_organization_id = o.party_organization_id
            ), judged AS (
                SELECT p.*,
                       CASE WHEN p.in_registry THEN NOT p.ceased AND p.registry_status = 'OPERATING'
                            ELSE p.surveyed_on IS NOT NULL AND NOT p.ceased END AS operating_known,
                       p.party_organization_id IS NOT NULL AS has_party_organization,
                       coalesce(p.official_members_employed_12_months, 0) >= 3 AS three_qualifying_members,
                       coalesce(p.trade_union, false) AS has_trade_union,
                       p.admitted_in_period > 0 AS admitted_new_members
                  FROM picture p
            )
            """;

    private PictureAtDate() {
    }
}
