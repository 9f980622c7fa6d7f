package vn.directives.query.report;

import org.junit.jupiter.api.Test;
import vn.directives.events.enterprise.EnterpriseCeased;
import vn.directives.events.enterprise.EnterpriseChanged;
import vn.directives.events.enterprise.EnterpriseProfile;
import vn.directives.events.enterprise.EnterpriseRegistered;
import vn.directives.events.enterprise.OperatingStatus;
import vn.directives.events.enterprise.SocioPoliticalOrganizationFounded;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.memberdevelopment.CandidateAdmitted;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.ExitReason;
import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.MemberStatus;
import vn.directives.events.partyorganization.MembersLeft;
import vn.directives.events.partyorganization.MembersReceived;
import vn.directives.events.partyorganization.PartyOrganizationMerged;
import vn.directives.events.partyorganization.ProbationaryMembersRecognized;
import vn.directives.events.partyorganization.NewMembersAdmitted;
import vn.directives.events.partyorganization.PartyOrganizationAffiliationChanged;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.partyorganization.RecordSource;
import vn.directives.events.survey.EnterpriseFindings;
import vn.directives.events.survey.OwnerAttitude;
import vn.directives.events.survey.Ownership;
import vn.directives.events.survey.SurveyFindingRecorded;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's I1 counts the operating enterprises of the registry at the cut, and an enterprise
 * the registry does not hold by its surveys, as the enterprise picture does. Plain folding, no database.
 */
class RegistryDenominatorTest {

    private static final LocalDate CUT = LocalDate.of(2024, 11, 15);
    private final EnterpriseFacts facts = new EnterpriseFacts();
    private long index;

    @Test
    void i1_divides_by_operating_enterprises_of_the_registry_and_enterprises_known_only_from_surveys() {
        recordTheRegistry();

        EnterpriseFacts.Counts counts = facts.countAt(new Cut(CUT, Long.MAX_VALUE), CUT.withDayOfYear(1));

        assertThat(counts.denominators()[0]).as("I1 denominator: Minh Phát and Hòa Bình").isEqualTo(2);
        assertThat(counts.numerators()[0]).as("I1 numerator: Minh Phát").isEqualTo(1);
        assertThat(counts.denominators()[1]).as("I2: Hòa Bình's survey").isEqualTo(1);
        assertThat(counts.denominators()[2]).as("I3: Hòa Bình's surveyed union, Minh Phát's registered one")
                .isEqualTo(2);
        assertThat(counts.denominators()[3]).as("I4: Minh Phát's organization").isEqualTo(1);

        EnterpriseFacts.Counts before = facts.countAt(new Cut(LocalDate.of(2023, 12, 31), Long.MAX_VALUE),
                LocalDate.of(2023, 1, 1));
        assertThat(before.denominators()[0]).as("all three registered operate in 2023, and Hòa Bình").isEqualTo(4);
    }

    @Test
    void the_sector_counts_what_the_registry_holds_and_says_what_it_does_not() {
        recordTheRegistry();
        apply(new NewMembersAdmitted("po-0101234567", 2, LocalDate.parse("2024-06-01"), "u"), "2024-06-01");

        YearlyReport.Sector sector = facts.sectorAt(new Cut(CUT, Long.MAX_VALUE), CUT.minusYears(1).plusDays(1),
                unit -> "Phường " + unit);

        // Minh Phát alone operates (the other two suspended and ceased in 2024); 3 + 2 members
        assertThat(sector.enterprises()).isEqualTo(1);
        assertThat(sector.workers()).isEqualTo(100);
        assertThat(sector.byLocality()).containsExactly(new YearlyReport.Total("Phường unit-phuong", 1, 100, 1));
        assertThat(sector.byZone()).containsExactly(new YearlyReport.Total("Ngoài khu, cụm công nghiệp", 1, 100, 1));
        assertThat(sector.socioPolitical().get(0)).isEqualTo(new YearlyReport.SocioPolitical("TRADE_UNION",
                "Công đoàn cơ sở", 1L, 90L));
        assertThat(sector.socioPolitical().get(1).organizations()).as("no Youth Union recorded").isNull();
        assertThat(sector.partyOrganizations()).isEqualTo(1);
        assertThat(sector.partyMembers()).isEqualTo(5);
        assertThat(sector.admissions()).isEqualTo(2);
        assertThat(sector.partyOrganizationsByKind()).as("recorded without its kind: not classified, not guessed")
                .containsExactly(new YearlyReport.Count("Đảng bộ cơ sở", 0L), new YearlyReport.Count("Chi bộ cơ sở", 0L),
                        new YearlyReport.Count("Chi bộ trực thuộc đảng ủy cơ sở", 0L),
                        new YearlyReport.Count("Chưa phân loại", 1L));
        assertThat(sector.partyOrganizationsBySuperior())
                .containsExactly(new YearlyReport.Count("Chưa ghi nhận cấp ủy cấp trên trực tiếp", 1L));

        YearlyReport.Sector empty = new EnterpriseFacts().sectorAt(new Cut(CUT, Long.MAX_VALUE), CUT, unit -> unit);
        assertThat(empty.enterprises()).as("an empty registry is not 0 enterprises").isNull();
        assertThat(empty.partyMembers()).isNull();
        assertThat(empty.partyOrganizationsByKind()).extracting(YearlyReport.Count::count).containsOnlyNulls();
    }

    @Test
    void party_organizations_count_by_kind_and_superior_committee_as_they_were_at_the_cut() {
        register("0101234567", OperatingStatus.OPERATING, "2020-01-01");
        register("4601998877", OperatingStatus.OPERATING, "2020-01-01");
        register("4600556677", OperatingStatus.OPERATING, "2020-01-01");
        apply(new ExistingPartyOrganizationRecorded("po-1", "0101234567", "Công ty", "Đảng bộ",
                PartyOrganizationKind.GRASSROOTS_COMMITTEE, "thanh-uy", RecordSource.INITIAL_REGISTRY, null, 30, 0,
                LocalDate.parse("2021-01-01"), "u"), "2021-01-01");
        apply(new ExistingPartyOrganizationRecorded("po-2", "4601998877", "Công ty", "Chi bộ",
                PartyOrganizationKind.CELL_UNDER_GRASSROOTS_COMMITTEE, "dang-uy-phuong", RecordSource.INITIAL_REGISTRY,
                null, 3, 0, LocalDate.parse("2021-01-01"), "u"), "2021-01-01");
        organization("4600556677", "2021-01-01");
        // re-affiliated in 2025 when the city committee was abolished; recorded in 2025, effective in 2025
        apply(new PartyOrganizationAffiliationChanged("po-1", PartyOrganizationKind.GRASSROOTS_COMMITTEE,
                "dang-uy-phuong", LocalDate.parse("2025-07-01"), "u"), "2025-07-02");
        // classified in 2025, effective since it exists: the 2024 report as recorded does not know it
        apply(new PartyOrganizationAffiliationChanged("po-4600556677", PartyOrganizationKind.GRASSROOTS_CELL,
                "thanh-uy", LocalDate.parse("2021-01-01"), "u"), "2025-03-01");
        java.util.Map<String, String> names = java.util.Map.of("thanh-uy", "Thành ủy Sông Công",
                "dang-uy-phuong", "Đảng ủy phường Cải Đan");

        YearlyReport.Sector recorded2024 = facts.sectorAt(new Cut(CUT, LocalDate.of(2024, 11, 16).toEpochDay()
                * 86_400_000L), CUT.withDayOfYear(1), unit -> names.getOrDefault(unit, unit));
        YearlyReport.Sector effective2024 = facts.sectorAt(new Cut(CUT, Long.MAX_VALUE), CUT.withDayOfYear(1),
                unit -> names.getOrDefault(unit, unit));
        YearlyReport.Sector at2025 = facts.sectorAt(new Cut(LocalDate.of(2025, 12, 31), Long.MAX_VALUE),
                LocalDate.of(2025, 1, 1), unit -> names.getOrDefault(unit, unit));

        assertThat(recorded2024.partyOrganizationsByKind()).extracting(YearlyReport.Count::count)
                .containsExactly(1L, 0L, 1L, 1L);
        assertThat(recorded2024.partyOrganizationsBySuperior()).containsExactly(
                new YearlyReport.Count("Thành ủy Sông Công", 1L), new YearlyReport.Count("Đảng ủy phường Cải Đan", 1L),
                new YearlyReport.Count("Chưa ghi nhận cấp ủy cấp trên trực tiếp", 1L));
        assertThat(effective2024.partyOrganizationsByKind()).extracting(YearlyReport.Count::count)
                .as("the classification recorded later counts from its effective date").containsExactly(1L, 1L, 1L);
        assertThat(effective2024.partyOrganizationsBySuperior()).containsExactly(
                new YearlyReport.Count("Thành ủy Sông Công", 2L), new YearlyReport.Count("Đảng ủy phường Cải Đan", 1L));
        assertThat(at2025.partyOrganizationsBySuperior()).containsExactly(
                new YearlyReport.Count("Thành ủy Sông Công", 1L), new YearlyReport.Count("Đảng ủy phường Cải Đan", 2L));
    }

    @Test
    void admitted_candidates_count_by_category_with_owners_and_managers_together_on_both_bases() {
        recordTheRegistry();
        java.util.function.UnaryOperator<String> names = unit -> unit;
        LocalDate from = CUT.minusYears(1).plusDays(1);
        YearlyReport.Sector oldHistory = facts.sectorAt(new Cut(CUT, Long.MAX_VALUE), from, names);
        admit("qc-1", "0101234567", CandidateCategory.OWNER, "2024-03-01", "2024-03-01");
        admit("qc-2", "0101234567", CandidateCategory.MANAGER, "2024-06-01", "2024-12-20");
        admit("qc-3", "0101234567", CandidateCategory.DIRECT_PRODUCTION_WORKER, "2023-06-01", "2023-06-01");
        admit("qc-4", "4600556677", CandidateCategory.OWNER, "2024-01-10", "2024-01-10");

        YearlyReport.Sector corrected = facts.sectorAt(new Cut(CUT, Long.MAX_VALUE), from, names);
        YearlyReport.Sector asRecorded = facts.sectorAt(new Cut(CUT, LocalDate.of(2024, 11, 16).toEpochDay()
                * 86_400_000L), from, names);

        assertThat(oldHistory.admissionsByCategory()).as("bare admission counts say nothing of categories")
                .extracting(YearlyReport.Count::count).containsExactly(null, null, null, null);
        assertThat(oldHistory.ownersAndManagersAdmitted()).isNull();
        assertThat(corrected.admissionsByCategory()).as("the worker before the period, the owner of the ceased enterprise: not counted")
                .containsExactly(new YearlyReport.Count("Công nhân trực tiếp sản xuất", 0L),
                        new YearlyReport.Count("Cán bộ quản lý doanh nghiệp", 1L),
                        new YearlyReport.Count("Chủ doanh nghiệp", 1L),
                        new YearlyReport.Count("Cán bộ công đoàn, đoàn thanh niên", 0L),
                        new YearlyReport.Count("Người lao động khác", 0L));
        assertThat(corrected.ownersAndManagersAdmitted()).isEqualTo(2);
        assertThat(asRecorded.ownersAndManagersAdmitted()).as("the manager was recorded after the cut-off").isEqualTo(1);
    }

    /**
     * By hand. Minh Phát: 3 official + 2 admitted (probationary), 1 recognized (4 + 1), 1 official died
     * in 2024 (3 + 1). Yên Bình: 3 official, merged into Minh Phát on 1/9/2024, recorded only on
     * 20/12/2024: as recorded at the cut it is still there; corrected, its 3 count in Minh Phát
     * (6 + 1) and it does not. Hòa Bình (ceased): not counted.
     */
    @Test
    void members_count_by_status_and_exits_by_reason_a_merged_organization_counting_no_more_on_both_bases() {
        recordTheRegistry();
        register("4601998877-1", OperatingStatus.OPERATING, "2020-01-01");
        organization("4601998877-1", "2021-01-01");
        apply(new NewMembersAdmitted("po-0101234567", 2, LocalDate.parse("2024-02-01"), "u"), "2024-02-01");
        apply(new ProbationaryMembersRecognized("po-0101234567", 1, "qc-1", LocalDate.parse("2024-03-01"), "u"),
                "2024-03-01");
        apply(new MembersLeft("po-0101234567", ExitReason.DEATH, MemberStatus.OFFICIAL, 1,
                LocalDate.parse("2024-04-01"), "u"), "2024-04-01");
        apply(new MembersLeft("po-0101234567", ExitReason.EXPULSION, MemberStatus.OFFICIAL, 1,
                LocalDate.parse("2023-05-01"), "u"), "2023-05-01");
        apply(new PartyOrganizationMerged("po-4601998877-1", "po-0101234567", new MemberCounts(3, 0, 0),
                LocalDate.parse("2024-09-01"), "u"), "2024-12-20");
        apply(new MembersReceived("po-0101234567", "po-4601998877-1", new MemberCounts(3, 0, 0),
                LocalDate.parse("2024-09-01"), "u"), "2024-12-20");
        LocalDate from = CUT.withDayOfYear(1);

        YearlyReport.Sector corrected = facts.sectorAt(new Cut(CUT, Long.MAX_VALUE), from, unit -> unit);
        YearlyReport.Sector asRecorded = facts.sectorAt(new Cut(CUT, LocalDate.of(2024, 11, 16).toEpochDay()
                * 86_400_000L), from, unit -> unit);
        EnterpriseFacts.Counts i1 = facts.countAt(new Cut(CUT, Long.MAX_VALUE), from);

        // Minh Phát: official 3 + 1 - 1 (died) - 1 (expelled in 2023) + 3 = 5, probationary 2 - 1 = 1
        assertThat(corrected.partyOrganizations()).isEqualTo(1);
        assertThat(corrected.partyMembers()).isEqualTo(6);
        assertThat(corrected.partyMembersByStatus()).extracting(YearlyReport.Count::count).containsExactly(5L, 1L, 0L);
        assertThat(corrected.exitsByReason()).as("the expulsion of 2023 is before the period")
                .containsExactly(new YearlyReport.Count("Từ trần", 1L), new YearlyReport.Count("Xóa tên", 0L),
                        new YearlyReport.Count("Khai trừ", 0L), new YearlyReport.Count("Xin ra khỏi Đảng", 0L));
        assertThat(corrected.byLocality()).as("Yên Bình operates without an organization of its own")
                .containsExactly(new YearlyReport.Total("unit-phuong", 2, 200, 1));
        assertThat(i1.numerators()[0]).isEqualTo(1);
        assertThat(asRecorded.partyOrganizations()).as("the merger was recorded after the cut-off").isEqualTo(2);
        assertThat(asRecorded.partyMembers()).isEqualTo(3 + 3);
        assertThat(asRecorded.partyMembersByStatus()).extracting(YearlyReport.Count::count)
                .containsExactly(2L + 3L, 1L, 0L);
    }

    private void admit(String ref, String taxCode, CandidateCategory category, String on, String recordedOn) {
        apply(new CandidateAdmitted(ref, "po-" + taxCode, taxCode, category, null, LocalDate.parse(on), "u"),
                recordedOn);
    }

    @Test
    void a_stored_finding_is_read_field_by_field_as_it_would_be_bound() {
        SurveyFindingRecorded event = new SurveyFindingRecorded("survey-2", new EnterpriseFindings("4600112233",
                "Hòa \"Bình\" {x}", Ownership.PRIVATE, 100, 4, 1, 0, 3, true, 50, true, 9, false,
                OwnerAttitude.SUPPORTIVE), LocalDate.parse("2023-04-10"), "u");
        byte[] stored = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsBytes(event);

        assertThat(FindingRow.read(stored)).isEqualTo(FindingRow.of(event))
                .isEqualTo(new FindingRow("survey-2", LocalDate.parse("2023-04-10"), "4600112233", 3, true));
        assertThat(StoredTime.parseMillis("2026-11-30T06:15:02.123Z"))
                .isEqualTo(java.time.Instant.parse("2026-11-30T06:15:02.123Z").toEpochMilli());
    }

    private void recordTheRegistry() {
        register("0101234567", OperatingStatus.OPERATING, "2020-01-01");
        organization("0101234567", "2021-01-01");
        apply(new SocioPoliticalOrganizationFounded("0101234567", SocioPoliticalOrganizationKind.TRADE_UNION, 90,
                LocalDate.parse("2021-03-01"), "u"), "2021-03-01");
        register("4601998877", OperatingStatus.OPERATING, "2020-01-01");
        apply(new EnterpriseChanged("4601998877", profile(OperatingStatus.SUSPENDED), null,
                LocalDate.parse("2024-02-01"), "u"), "2024-02-01");
        register("4600556677", OperatingStatus.OPERATING, "2020-01-01");
        apply(new EnterpriseCeased("4600556677", "Giải thể", LocalDate.parse("2024-03-01"), "u"), "2024-03-01");
        // surveyed, not in the registry: counted by its survey
        apply(new SurveyFindingRecorded("survey-1", new EnterpriseFindings("4600112233", "Hòa Bình", Ownership.PRIVATE,
                100, 3, 0, 0, 3, true, 50, false, 0, false, OwnerAttitude.SUPPORTIVE),
                LocalDate.parse("2023-04-10"), "u"), "2023-04-10");
        // registered after the cut: not yet known
        register("4600123452", OperatingStatus.OPERATING, "2024-12-01");
    }

    private void register(String taxCode, OperatingStatus status, String on) {
        apply(new EnterpriseRegistered(taxCode, profile(status), null, LocalDate.parse(on), "u"), on);
    }

    private void organization(String taxCode, String since) {
        apply(new ExistingPartyOrganizationRecorded("po-" + taxCode, taxCode, "Công ty", "Chi bộ",
                RecordSource.INITIAL_REGISTRY, null, 3, 0, LocalDate.parse(since), "u"), since);
    }

    private static EnterpriseProfile profile(OperatingStatus status) {
        return new EnterpriseProfile("Công ty", "Số 1", "unit-phuong", null, Ownership.PRIVATE, 100, status);
    }

    private void apply(Object event, String recordedOn) {
        long millis = LocalDate.parse(recordedOn).toEpochDay() * 86_400_000L;
        facts.apply(event, new EventHistory.Recorded(++index, millis, event));
    }
}
