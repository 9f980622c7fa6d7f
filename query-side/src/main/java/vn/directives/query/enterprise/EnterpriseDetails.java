package vn.directives.query.enterprise;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.enterprise.EnterpriseDetail.Admission;
import vn.directives.query.enterprise.EnterpriseDetail.AdmissionYear;
import vn.directives.query.enterprise.EnterpriseDetail.IndicatorInputs;
import vn.directives.query.enterprise.EnterpriseDetail.MemberTransfers;
import vn.directives.query.enterprise.EnterpriseDetail.Members;
import vn.directives.query.enterprise.EnterpriseDetail.PartyOrganizationView;
import vn.directives.query.enterprise.EnterpriseDetail.RegistryFacts;
import vn.directives.query.names.Names;
import vn.directives.query.enterprise.EnterpriseDetail.SurveyedFacts;
import vn.directives.query.enterprise.EnterpriseDetail.TransferCounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One enterprise's picture at a date: the judged row of {@link PictureAtDate} and the facts behind it. */
@Component
public class EnterpriseDetails {

    private static final RowMapper<SurveyedFacts> FACTS = (row, n) -> new SurveyedFacts(
            row.getString("survey_task_id"),
            row.getObject("effective_on", LocalDate.class),
            instant(row, "recorded_at"),
            row.getString("enterprise_name"),
            CodeLabel.ownership(row.getString("ownership")),
            row.getInt("workers"),
            row.getInt("official_members"),
            row.getInt("probationary_members"),
            row.getInt("members_registered_at_residence"),
            row.getInt("official_members_employed_12_months"),
            row.getBoolean("trade_union"),
            row.getInt("trade_union_members"),
            row.getBoolean("youth_union"),
            row.getInt("youth_union_members"),
            row.getBoolean("party_organization_exists"),
            CodeLabel.ownerAttitude(row.getString("owner_attitude")));

    private static final RowMapper<PartyOrganizationView> ORGANIZATION = (row, n) -> {
        int official = row.getInt("official");
        int probationary = row.getInt("probationary") + row.getInt("admitted");
        int in = row.getInt("transferred_in");
        int out = row.getInt("transferred_out");
        return new PartyOrganizationView(
                row.getString("party_organization_id"),
                row.getString("organization_name"),
                CodeLabel.organizationOrigin(row.getString("origin")),
                row.getObject("since", LocalDate.class),
                row.getString("decision_number"),
                row.getString("issuing_committee"),
                row.getString("cell_establishment_task_id"),
                CodeLabel.recordSource(row.getString("record_source")),
                row.getString("source_reference"),
                instant(row, "recorded_at"),
                CodeLabel.partyOrganizationKind(row.getString("kind")),
                row.getString("superior_committee_unit_id") == null ? null
                        : new EnterpriseDetail.SuperiorCommittee(row.getString("superior_committee_unit_id"),
                                row.getString("superior_committee_name")),
                new Members(official, probationary, in, out,
                        row.getInt("official_members") + row.getInt("probationary_members"),
                        row.getInt("temporarily_in"), row.getInt("temporarily_away"),
                        new EnterpriseDetail.ByStatus(row.getInt("official_members"),
                                row.getInt("probationary_members"), row.getInt("temporary_members")),
                        row.getInt("left_members")));
    };

    private final JdbcClient jdbc;

    EnterpriseDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when nothing about the enterprise was effective by the end of {@code at}. */
    public Optional<EnterpriseDetail> of(String taxCode, LocalDate at) {
        LocalDate yearFrom = at.withDayOfYear(1);
        return jdbc.sql(PictureAtDate.JUDGED + "SELECT * FROM judged WHERE tax_code = :taxCode")
                .param("at", at)
                .param("yearFrom", yearFrom)
                .param("taxCode", taxCode)
                .query((row, n) -> new Judged(row.getString("name"), row.getBoolean("operating_known"),
                        row.getObject("dissolved_on", LocalDate.class), row.getString("party_organization_id"),
                        new IndicatorInputs(row.getBoolean("operating_known"),
                                row.getBoolean("has_party_organization"),
                                row.getObject("party_organization_since", LocalDate.class),
                                row.getBoolean("three_qualifying_members"), row.getBoolean("has_trade_union"),
                                yearFrom, row.getInt("admitted_in_period"))))
                .optional()
                .map(judged -> detail(taxCode, at, judged));
    }

    private EnterpriseDetail detail(String taxCode, LocalDate at, Judged judged) {
        List<SurveyedFacts> surveys = surveys(taxCode, at);
        List<Admission> admissions = judged.partyOrganizationId() == null ? List.of()
                : admissions(judged.partyOrganizationId(), at);
        SurveyedFacts latest = surveys.isEmpty() ? null : surveys.get(0);
        PartyOrganizationView organization = judged.partyOrganizationId() == null ? null
                : organization(judged.partyOrganizationId(), at);
        List<RegistryFacts> registry = registry(taxCode, at, latest);
        return new EnterpriseDetail(taxCode, judged.name(), at, judged.operatingAndKnown(), judged.dissolvedOn(),
                latest, surveys, organization, transfers(taxCode, at), admissions, byYear(admissions), judged.inputs(),
                EnterpriseDetail.PartyOrganizationStatus.of(organization, latest),
                registry.isEmpty() ? null : registry.get(0), registry, socioPolitical(taxCode, at));
    }

    /** The organizations whose latest change by the date is not a dissolution, founded when last founded. */
    private List<EnterpriseDetail.SocioPoliticalOrganization> socioPolitical(String taxCode, LocalDate at) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (c.kind) c.kind, c.change, c.members, founding.effective_on AS since,
                               founding.founded_by_task_id AS task_id, t.title AS task_title
                          FROM query.enterprise_socio_political_change c
                          LEFT JOIN LATERAL (SELECT f.effective_on, f.founded_by_task_id
                                               FROM query.enterprise_socio_political_change f
                                              WHERE f.tax_code = c.tax_code AND f.kind = c.kind
                                                AND f.change = 'FOUNDED' AND f.effective_on <= :at
                                              ORDER BY f.effective_on DESC, f.sequence_number DESC
                                              LIMIT 1) founding ON true
                          LEFT JOIN query.task_board t ON t.task_id = founding.founded_by_task_id
                         WHERE c.tax_code = :taxCode AND c.effective_on <= :at
                         ORDER BY c.kind, c.effective_on DESC, c.sequence_number DESC""")
                .param("taxCode", taxCode)
                .param("at", at)
                .query((row, n) -> row.getString("change").equals("DISSOLVED") ? null
                        : new EnterpriseDetail.SocioPoliticalOrganization(
                                CodeLabel.socioPoliticalKind(row.getString("kind")),
                                row.getObject("since", LocalDate.class), row.getObject("members", Integer.class),
                                row.getString("task_id") == null ? null : new EnterpriseDetail.FoundingTask(
                                        row.getString("task_id"), row.getString("task_title"))))
                .list().stream().filter(Objects::nonNull).toList();
    }

    /** The registry's rows effective by the date, latest first; the survey is compared with the latest. */
    private List<RegistryFacts> registry(String taxCode, LocalDate at, SurveyedFacts latest) {
        List<RegistryFacts> rows = jdbc.sql("""
                        SELECT r.*, """ + Names.unitNameSql("r.commune_unit_id", ":at") + """
                                AS commune_name
                          FROM query.enterprise_registry_entry r
                         WHERE r.tax_code = :taxCode AND r.effective_on <= :at
                         ORDER BY r.effective_on DESC, r.sequence_number DESC""")
                .param("taxCode", taxCode)
                .param("at", at)
                .query((row, n) -> new RegistryFacts(row.getString("change"),
                        row.getObject("effective_on", LocalDate.class), instant(row, "recorded_at"),
                        row.getString("name"), row.getString("address"), row.getString("commune_unit_id"),
                        row.getString("commune_name"), row.getString("zone"),
                        CodeLabel.ownership(row.getString("ownership")), row.getObject("workers", Integer.class),
                        CodeLabel.operatingStatus(row.getString("status")), row.getBoolean("ceased"),
                        row.getString("ceased_reason"), row.getString("import_job_id"), false))
                .list();
        if (rows.isEmpty() || latest == null) {
            return rows;
        }
        RegistryFacts current = rows.get(0);
        boolean differs = !Objects.equals(current.workers(), latest.workers())
                || !Objects.equals(code(current.ownership()), code(latest.ownership()));
        List<RegistryFacts> marked = new ArrayList<>(rows);
        marked.set(0, new RegistryFacts(current.change(), current.effectiveOn(), current.recordedAt(), current.name(),
                current.address(), current.communeUnitId(), current.communeName(), current.zone(),
                current.ownership(), current.workers(), current.status(), current.ceased(), current.ceasedReason(),
                current.importJobId(), differs));
        return marked;
    }

    private static String code(CodeLabel label) {
        return label == null ? null : label.code();
    }

    private List<SurveyedFacts> surveys(String taxCode, LocalDate at) {
        return jdbc.sql("""
                        SELECT * FROM query.enterprise_finding
                         WHERE tax_code = :taxCode AND effective_on <= :at
                         ORDER BY effective_on DESC, recorded_at DESC, sequence_number DESC""")
                .param("taxCode", taxCode)
                .param("at", at)
                .query(FACTS)
                .list();
    }

    private PartyOrganizationView organization(String partyOrganizationId, LocalDate at) {
        return jdbc.sql("""
                        SELECT o.*, a.kind, a.superior_committee_unit_id,
                               """ + Names.unitNameSql("a.superior_committee_unit_id", ":at") + """
                                   AS superior_committee_name,
                               coalesce(m.founded_official, 0) AS official,
                               coalesce(m.founded_probationary, 0) AS probationary,
                               coalesce(m.admitted, 0) AS admitted,
                               coalesce(m.transferred_in, 0) AS transferred_in,
                               coalesce(m.transferred_out, 0) AS transferred_out,
                               coalesce(m.temporarily_in, 0) AS temporarily_in,
                               coalesce(m.temporarily_away, 0) AS temporarily_away,
                               coalesce(m.left_members, 0) AS left_members,
                               """ + MemberStatusSql.OFFICIAL + """
                                   AS official_members,
                               """ + MemberStatusSql.PROBATIONARY + """
                                   AS probationary_members,
                               """ + MemberStatusSql.TEMPORARY + """
                                   AS temporary_members
                          FROM query.enterprise_party_organization o
                          LEFT JOIN (""" + MemberStatusSql.SUMS + """
                               ) m ON m.party_organization_id = o.party_organization_id
                          LEFT JOIN LATERAL (SELECT f.kind, f.superior_committee_unit_id
                                               FROM query.party_organization_affiliation f
                                              WHERE f.party_organization_id = o.party_organization_id
                                                AND f.effective_on <= :at
                                              ORDER BY f.effective_on DESC, f.sequence_number DESC
                                              LIMIT 1) a ON true
                         WHERE o.party_organization_id = :id""")
                .param("id", partyOrganizationId)
                .param("at", at)
                .param("yearFrom", at.withDayOfYear(1))
                .query(ORGANIZATION)
                .single();
    }

    private List<Admission> admissions(String partyOrganizationId, LocalDate at) {
        return jdbc.sql("""
                        SELECT effective_on, admitted, recorded_at FROM query.party_organization_membership_change
                         WHERE party_organization_id = :id AND change = 'ADMITTED' AND effective_on <= :at
                         ORDER BY effective_on, sequence_number""")
                .param("id", partyOrganizationId)
                .param("at", at)
                .query((row, n) -> new Admission(row.getObject("effective_on", LocalDate.class),
                        row.getInt("admitted"), instant(row, "recorded_at")))
                .list();
    }

    private MemberTransfers transfers(String taxCode, LocalDate at) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE direction = 'RESIDENCE_TO_ENTERPRISE'
                                                  AND transfer_type = 'OFFICIAL') AS in_official,
                               count(*) FILTER (WHERE direction = 'RESIDENCE_TO_ENTERPRISE'
                                                  AND transfer_type = 'TEMPORARY') AS in_temporary,
                               count(*) FILTER (WHERE direction = 'ENTERPRISE_TO_RESIDENCE'
                                                  AND transfer_type = 'OFFICIAL') AS out_official,
                               count(*) FILTER (WHERE direction = 'ENTERPRISE_TO_RESIDENCE'
                                                  AND transfer_type = 'TEMPORARY') AS out_temporary
                          FROM query.enterprise_member_transfer
                         WHERE tax_code = :taxCode AND effective_on <= :at""")
                .param("taxCode", taxCode)
                .param("at", at)
                .query((row, n) -> new MemberTransfers(
                        new TransferCounts(row.getInt("in_official"), row.getInt("in_temporary")),
                        new TransferCounts(row.getInt("out_official"), row.getInt("out_temporary"))))
                .single();
    }

    private static List<AdmissionYear> byYear(List<Admission> admissions) {
        return admissions.stream()
                .collect(Collectors.groupingBy(admission -> admission.effectiveOn().getYear(), TreeMap::new,
                        Collectors.toList()))
                .entrySet().stream()
                .map(year -> new AdmissionYear(year.getKey(),
                        year.getValue().stream().mapToInt(Admission::admitted).sum(), year.getValue().size()))
                .toList();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Judged(String name, boolean operatingAndKnown, LocalDate dissolvedOn, String partyOrganizationId,
                          IndicatorInputs inputs) {
    }
}
