package vn.directives.query.enterprise;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.enterprise.OperatingStatus;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.memberdevelopment.CandidateRegistered;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.partyorganization.RecordSource;
import vn.directives.events.unit.UnitKind;
import vn.directives.events.unit.UnitRegistered;
import vn.directives.events.unit.UnitRenamed;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.ProjectionDriver;
import vn.directives.query.ProjectionTest;
import vn.directives.query.QuerySideClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * I1-I4 at two cut-offs, counted by hand from seven enterprises (see {@link #sevenEnterprises()}):
 *
 * <pre>
 *                    surveyed (effective)     12-month officials  union  Party organization      admissions
 * E1 Minh Phát       2023-03-01               4                   yes    established 2023-09-15  2023-10-20, 2024-06-01
 * E2 Hòa Bình        2023-04-10 / 2024-05-01  3 / 2               yes    -                       -
 * E3 Yên Bình        2023-06-01               0                   no     -                       -
 * E4 Thái Sơn        2023-11-20, recorded     5                   yes    existing since 2015,    2024-09-09
 *                    2024-01-10                                          recorded 2024-01-12
 * E5 Đông Á          2023-02-01               3                   yes    - (dissolved 2024-03-01) -
 * E6 An Khánh        never                    -                   -      registry, since 2010    2023-12-10, 2024-12-01
 * E7 Tân Long        2024-08-01               3                   yes    established 2024-10-01  -
 *
 * at 2023-12-31: operating and known E1-E5; with organization E1 E4 (E4 recorded later, effective before)
 *   I1 2/5   I2 2/4 (E1 E2 E4 E5)   I3 2/4 (E1 E2 E4 E5)   I4 2/3 (E1 E4 E6; admitted E1 E6)
 * at 2024-11-15: operating and known E1-E4 E7 (E5 dissolved); with organization E1 E4 E7
 *   I1 3/5   I2 3/3 (E1 E4 E7)      I3 3/4 (E1 E2 E4 E7)   I4 2/4 (E1 E4 E6 E7; admitted E1 E4)
 * </pre>
 */
@ProjectionTest
class IndicatorsAtCutOffTest {

    @Autowired
    private ApplicationContext context;

    private ProjectionDriver picture;
    private EnterpriseFacts facts;
    private QuerySideClient client;

    @BeforeAll
    static void eventStoreExists() {
        CommandSideMigrations.apply();
    }

    @BeforeEach
    void sevenEnterprisesAndNothingElse() {
        picture = ProjectionDriver.of(context, EnterprisePictureProjection.GROUP);
        picture.reset();
        facts = new EnterpriseFacts(picture);
        client = new QuerySideClient(context.getEnvironment());
        picture.apply(sevenEnterprises());
    }

    @Test
    void indicators_at_the_end_of_2023_count_facts_effective_by_then_even_if_recorded_in_2024() {
        JsonNode indicators = client.json("/api/indicators?at=2023-12-31");

        assertThat(indicators.get("at").asString()).isEqualTo("2023-12-31");
        assertThat(indicators.get("admissionsFrom").asString()).isEqualTo("2023-01-01");
        assertIndicator(indicators, 0, "I1", 2, 5, "40.0");
        assertIndicator(indicators, 1, "I2", 2, 4, "50.0");
        assertIndicator(indicators, 2, "I3", 2, 4, "50.0");
        assertIndicator(indicators, 3, "I4", 2, 3, "66.7");
        assertThat(indicators.get("indicators").get(0).get("label").asString())
                .isEqualTo("Tỷ lệ doanh nghiệp đang hoạt động có tổ chức đảng");
        assertThat(indicators.get("indicators").get(0).get("labelEn").asString())
                .isEqualTo("Operating enterprises with a Party organization");
    }

    @Test
    void indicators_at_the_2024_cut_off_follow_later_surveys_organizations_and_dissolutions() {
        JsonNode indicators = client.json("/api/indicators?at=2024-11-15");

        assertThat(indicators.get("admissionsFrom").asString()).isEqualTo("2024-01-01");
        assertIndicator(indicators, 0, "I1", 3, 5, "60.0");
        assertIndicator(indicators, 1, "I2", 3, 3, "100.0");
        assertIndicator(indicators, 2, "I3", 3, 4, "75.0");
        assertIndicator(indicators, 3, "I4", 2, 4, "50.0");
    }

    @Test
    void admissions_count_for_i4_from_the_start_of_the_reporting_year_when_it_is_given() {
        JsonNode indicators = client.json("/api/indicators?at=2024-11-15&admissionsFrom=2023-11-16");

        assertThat(indicators.get("admissionsFrom").asString()).isEqualTo("2023-11-16");
        assertIndicator(indicators, 3, "I4", 3, 4, "75.0");
    }

    @Test
    void before_anything_happened_nothing_is_counted_and_no_percentage_is_made_up() {
        JsonNode indicators = client.json("/api/indicators?at=2000-12-31");

        for (JsonNode indicator : indicators.get("indicators")) {
            assertThat(indicator.get("numerator").asLong()).isZero();
            assertThat(indicator.get("denominator").asLong()).isZero();
            assertThat(indicator.get("percentage").isNull()).as(indicator.toString()).isTrue();
        }
    }

    @Test
    void the_enterprise_picture_shows_what_each_indicator_counts_of_it() {
        JsonNode thaiSon = client.json("/api/enterprises/4600778899?at=2023-12-31").get("indicatorInputs");
        assertThat(thaiSon.get("operatingAndKnown").asBoolean()).isTrue();
        assertThat(thaiSon.get("hasPartyOrganization").asBoolean()).isTrue();
        assertThat(thaiSon.get("partyOrganizationSince").asString()).isEqualTo("2015-05-01");
        assertThat(thaiSon.get("atLeastThreeOfficialMembersEmployed12Months").asBoolean()).isTrue();
        assertThat(thaiSon.get("hasTradeUnion").asBoolean()).isTrue();
        assertThat(thaiSon.get("newMembersAdmittedInPeriod").asInt()).isZero();

        JsonNode dongA = client.json("/api/enterprises/4600556677?at=2024-11-15").get("indicatorInputs");
        assertThat(dongA.get("operatingAndKnown").asBoolean()).isFalse();
    }

    /**
     * With the registry (2024-11-15): E1 registered with 150 workers (its survey found 120), E3
     * suspended from 2024-02-01, E5 ceased 2024-03-01, E6 registered, and two registered enterprises
     * never surveyed (E8, E9). Operating: E1 E6 E8 E9 from the registry, E2 E4 E7 from surveys;
     * with an organization E1 E4 E6 E7: I1 4/7. E9 founded a trade union in 2023, so I3 is 3/5 (E1 E2
 * E4 E7 E9); I2 and I4 read surveys and organizations as before.
     */
    @Test
    void the_registry_decides_which_enterprises_operate_and_i1_counts_them() {
        picture.apply(registry());

        JsonNode indicators = client.json("/api/indicators?at=2024-11-15");
        assertIndicator(indicators, 0, "I1", 4, 7, "57.1");
        assertIndicator(indicators, 1, "I2", 3, 3, "100.0");
        assertIndicator(indicators, 2, "I3", 3, 5, "60.0");
        assertIndicator(indicators, 3, "I4", 2, 4, "50.0");

        JsonNode registered = client.json("/api/enterprises?at=2024-11-15&inRegistry=true&operating=true"
                + "&commune=unit-xa-tan-quang&sort=taxCode");
        assertThat(registered.get("totalElements").asLong()).isEqualTo(2);
        assertThat(registered.get("items").get(0).get("taxCode").asString()).isEqualTo("4600123451");
        assertThat(registered.get("items").get(0).get("zone").asString()).isEqualTo("KCN Sông Công I");

        JsonNode minhPhat = client.json("/api/enterprises/0101234567?at=2024-11-15");
        assertThat(minhPhat.get("registry").get("workers").asInt()).isEqualTo(150);
        assertThat(minhPhat.get("surveyedFacts").get("workers").asInt()).isEqualTo(120);
        assertThat(minhPhat.get("registry").get("findingDiffers").asBoolean()).isTrue();
        assertThat(client.json("/api/enterprises/4600556677?at=2024-11-15").get("registry").get("ceased")
                .asBoolean()).isTrue();
        JsonNode union = client.json("/api/enterprises/4600123452?at=2024-11-15").get("socioPoliticalOrganizations");
        assertThat(union.get(0).get("kind").get("code").asString()).isEqualTo("TRADE_UNION");
        assertThat(union.get(0).get("members").asInt()).isEqualTo(210);

        // before the suspension, Yên Bình operates by the registry: at the end of 2023 I1 counts E1-E6, E8, E9
        assertIndicator(client.json("/api/indicators?at=2023-12-31"), 0, "I1", 3, 8, "37.5");
    }

    /**
     * At the end of 2023 (operating and known E1-E5): E2 and E5 have 3 qualifying members and a union
     * and no organization; E1 and E4 have one; E3 has neither. Every surveyed enterprise counted one
     * member still at the residence; E1's came over on 2024-02-01, E4's transfer of 2023-10-01
     * precedes the survey that counted it. E5's cell establishment, opened 2023-06-01 and abandoned
     * only in 2024, is shown beside it. E1's roster of Party members has one member at the residence at
     * each date (a different one): shown apart from the survey's count, and at the cut-off it alone keeps
     * E1 on the list.
     */
    @Test
    void the_gap_lists_are_what_i2_and_i3_lack_and_members_at_residence_are_counted_by_enterprise() {
        picture.apply(List.of(
                facts.transferCompleted("transfer-minh-phat", "0101234567", TransferDirection.RESIDENCE_TO_ENTERPRISE,
                        TransferType.OFFICIAL, day("2024-02-01")),
                facts.transferCompleted("transfer-thai-son", "4600778899", TransferDirection.RESIDENCE_TO_ENTERPRISE,
                        TransferType.OFFICIAL, day("2023-10-01")),
                // E1 Minh Phát's roster: one member at the residence from 2023-11-01, who moved to the
                // enterprise's organization on 2024-06-01, another from 2024-01-05, one at the organization
                facts.onRoster("ref-minh-phat-1", "0101234567", null, "unit-phuong-song-cong", day("2023-11-01")),
                facts.onRoster("ref-minh-phat-2", "0101234567", null, "unit-phuong-song-cong", day("2024-01-05")),
                facts.onRoster("ref-minh-phat-3", "0101234567", "po-minh-phat", null, day("2023-11-01")),
                facts.rosterChanged("ref-minh-phat-1", "0101234567", "po-minh-phat", null, day("2024-06-01"))));

        JsonNode end2023 = client.json("/api/derived-work?at=2023-12-31");
        assertThat(taxCodes(end2023.get("i2Gap"))).containsExactlyInAnyOrder("4600112233", "4600556677");
        assertThat(taxCodes(end2023.get("i3Gap"))).containsExactlyInAnyOrder("4600112233", "4600556677");
        JsonNode dongA = find(end2023.get("i2Gap"), "4600556677");
        assertThat(dongA.get("name").asString()).isEqualTo("Công ty TNHH Đông Á");
        assertThat(dongA.get("cellEstablishmentTaskId").asString()).isEqualTo("cell-dong-a");
        assertThat(dongA.get("officialMembersEmployed12Months").asInt()).isEqualTo(3);
        assertThat(taxCodes(end2023.get("membersAtResidence").findValues("enterprise")))
                .containsExactlyInAnyOrder("0101234567", "4600112233", "4601998877", "4600778899", "4600556677");
        assertThat(atResidence(end2023, "0101234567")).as("the survey's count and, apart, the roster's")
                .containsExactly(1, 0, 1, 1);

        // 2024-11-15: E2 has two qualifying members left, E5 ceased, E7 has its organization
        JsonNode cutOff = client.json("/api/derived-work?at=2024-11-15");
        assertThat(cutOff.get("i2Gap")).isEmpty();
        assertThat(taxCodes(cutOff.get("i3Gap"))).containsExactly("4600112233");
        assertThat(taxCodes(cutOff.get("membersAtResidence").findValues("enterprise")))
                .containsExactlyInAnyOrder("4600112233", "4601998877", "4600778899", "4600990011", "0101234567");
        assertThat(atResidence(cutOff, "0101234567"))
                .as("the transfer brought the surveyed member over; on the roster the first moved, the second came")
                .containsExactly(1, 1, 0, 1);
        assertThat(atResidence(cutOff, "4600778899").get(3)).as("no roster: the survey's count alone").isZero();
        JsonNode thaiSon = cutOff.get("membersAtResidence").findValues("enterprise").stream()
                .filter(e -> e.get("taxCode").asString().equals("4600778899")).findFirst().orElseThrow();
        assertThat(thaiSon.get("partyOrganizationName").asString()).isEqualTo("Chi bộ Công ty TNHH Thái Sơn");
        JsonNode counts = cutOff.get("membersAtResidence").get(0);
        assertThat(counts.get("foundBySurvey").asInt()).isEqualTo(1);
        assertThat(counts.get("stillAtResidence").asInt()).isEqualTo(1);
    }

    /** An enterprise's row of the members at residence: found by survey, transferred since, still, on the roster. */
    private static List<Integer> atResidence(JsonNode derivedWork, String taxCode) {
        for (JsonNode row : derivedWork.get("membersAtResidence")) {
            if (row.get("enterprise").get("taxCode").asString().equals(taxCode)) {
                return List.of(row.get("foundBySurvey").asInt(), row.get("transferredSince").asInt(),
                        row.get("stillAtResidence").asInt(), row.get("onRoster").asInt());
            }
        }
        throw new AssertionError(taxCode + " is not among the members at residence");
    }

    /**
     * With the registry, at 2024-11-15 (E5 ceased; E3 suspended, not operating), by hand:
     *
     * <pre>
     *                      enterprises  operating workers  I1   I2   I3   I4   orgs members unions (members) youth    women
     * Phường Sông Công     E1 E3 E9     2         450      1/2  1/1  1/2  1/1  1    7       2 (290)          2 (50)   0
     * Xã Tân Quang         E6 E8        2         150      1/2  0/0  0/0  0/1  1    6       0                0        1 (35)
     * no commune (surveys) E2 E4 E7     3         360      2/3  2/2  2/3  1/2  2    10      3 (240)          3 (75)   0
     * province                          7         960      4/7  3/3  3/5  2/4  4    23      5 (530)          5 (125)  1 (35)
     * KCN Sông Công I      E1 E3 E6 E8 E9  4      600                          2    13
     * </pre>
     *
     * The province's row is {@code /api/indicators}'s.
     * Members: E1 4+1+2, E4 6+1, E6 5+1 (its
     * 2024-12-01 admission is later), E7 3. Kinds: E1 a grassroots cell from 2024-01-01, E6 a
     * grassroots committee from 2012, E4 and E7 not classified. E9's Veterans' Association was
     * dissolved in June: it counts nowhere.
     *
     * Candidates admitted, by category (member development): in E1 (Sông Công, KCN) a direct production
     * worker and an owner on 2024-06-01; in E6 (Tân Quang, KCN) a manager on 2023-12-10 (before the
     * period) and another employee on 2024-12-01 (after the cut); in E5 (Tân Quang) a union officer on
     * 2024-02-01, but E5 ceased on 2024-03-01; in E2 (no commune) a candidate registered and not admitted.
     * At 2024-11-15, from 2024-01-01: Sông Công worker 1, owner 1 (owners and managers 1); Tân Quang
     * knows categories (E6's manager of 2023) and counts 0 of each; no commune knows none: "chưa có số
     * liệu", not 0; the province and KCN Sông Công I as Sông Công; outside the zones, none known. At
     * 2023-12-31, from 2023-01-01: Tân Quang manager 1 (owners and managers 1); Sông Công knows none yet.
     */
    @Test
    void totals_by_locality_add_up_to_the_province_and_match_a_count_by_hand() {
        ProjectionDriver units = ProjectionDriver.of(context, "units-in-time");
        units.reset();
        units.apply(List.of(
                units.event("unit-phuong-song-cong", new UnitRegistered("unit-phuong-song-cong", "Phường Sông Công",
                        UnitKind.WARD, null, day("2015-01-01"), "ban-to-chuc-01"), EnterpriseFacts.recordedOn(day("2015-01-01"))),
                units.event("unit-phuong-song-cong", new UnitRenamed("unit-phuong-song-cong", "Phường Sông Công",
                        "Phường Bách Quang", day("2025-07-01"), "ban-to-chuc-01"), EnterpriseFacts.recordedOn(day("2025-07-01"))),
                units.event("unit-xa-tan-quang", new UnitRegistered("unit-xa-tan-quang", "Xã Tân Quang",
                        UnitKind.COMMUNE, null, day("2015-01-01"), "ban-to-chuc-01"), EnterpriseFacts.recordedOn(day("2015-01-01")))));
        picture.apply(registry());
        picture.apply(List.of(
                facts.classified("po-minh-phat", PartyOrganizationKind.GRASSROOTS_CELL, "unit-phuong-song-cong",
                        day("2024-01-01")),
                facts.classified("po-an-khanh", PartyOrganizationKind.GRASSROOTS_COMMITTEE, "unit-xa-tan-quang",
                        day("2012-01-01")),
                facts.founded("4600123451", SocioPoliticalOrganizationKind.WOMENS_UNION, 35, day("2024-03-01")),
                facts.founded("4600123452", SocioPoliticalOrganizationKind.VETERANS_ASSOCIATION, 12, day("2023-01-01")),
                facts.dissolved("4600123452", SocioPoliticalOrganizationKind.VETERANS_ASSOCIATION, day("2024-06-01"))));
        List<DomainEventMessage<?>> candidates = new java.util.ArrayList<>();
        candidates.addAll(facts.candidateAdmitted("qc-mp-1", "0101234567", "po-minh-phat",
                CandidateCategory.DIRECT_PRODUCTION_WORKER, day("2024-06-01")));
        candidates.addAll(facts.candidateAdmitted("qc-mp-2", "0101234567", "po-minh-phat", CandidateCategory.OWNER,
                day("2024-06-01")));
        candidates.addAll(facts.candidateAdmitted("qc-ak-1", "4600334455", "po-an-khanh", CandidateCategory.MANAGER,
                day("2023-12-10")));
        candidates.addAll(facts.candidateAdmitted("qc-ak-2", "4600334455", "po-an-khanh", CandidateCategory.OTHER,
                day("2024-12-01")));
        candidates.addAll(facts.candidateAdmitted("qc-da-1", "4600556677", "po-dong-a",
                CandidateCategory.UNION_OR_YOUTH_OFFICER, day("2024-02-01")));
        candidates.add(picture.event("candidate:qc-hb-1", new CandidateRegistered("qc-hb-1", "4600112233",
                CandidateCategory.OWNER, day("2024-03-01"), "ban-to-chuc-01"), EnterpriseFacts.recordedOn(day("2024-03-01"))));
        picture.apply(candidates);

        JsonNode totals = client.json("/api/indicators/localities?at=2024-11-15");

        JsonNode province = totals.get("province");
        assertTotals(province, 7, 960, 4, 23);
        assertIndicator(province, 0, "I1", 4, 7, "57.1");
        assertIndicator(province, 1, "I2", 3, 3, "100.0");
        assertIndicator(province, 2, "I3", 3, 5, "60.0");
        assertIndicator(province, 3, "I4", 2, 4, "50.0");
        assertThat(kindCounts(province)).containsExactly(1L, 1L, 0L, 2L);
        assertThat(socioPolitical(province)).containsExactly("TRADE_UNION 5 530", "YOUTH_UNION 5 125",
                "WOMENS_UNION 1 35", "VETERANS_ASSOCIATION 0 0");

        JsonNode communes = totals.get("communes");
        assertThat(communes.findValues("name")).extracting(JsonNode::asString)
                .containsExactly("Phường Sông Công", "Xã Tân Quang", "Chưa ghi nhận xã, phường");
        JsonNode songCong = communes.get(0);
        assertThat(songCong.get("locality").get("id").asString()).isEqualTo("unit-phuong-song-cong");
        assertTotals(songCong, 2, 450, 1, 7);
        assertIndicator(songCong, 0, "I1", 1, 2, "50.0");
        assertIndicator(songCong, 2, "I3", 1, 2, "50.0");
        assertIndicator(songCong, 3, "I4", 1, 1, "100.0");
        assertThat(kindCounts(songCong)).containsExactly(0L, 1L, 0L, 0L);
        assertThat(socioPolitical(songCong)).containsExactly("TRADE_UNION 2 290", "YOUTH_UNION 2 50",
                "WOMENS_UNION 0 0", "VETERANS_ASSOCIATION 0 0");
        JsonNode tanQuang = communes.get(1);
        assertTotals(tanQuang, 2, 150, 1, 6);
        assertIndicator(tanQuang, 1, "I2", 0, 0, null);
        assertIndicator(tanQuang, 3, "I4", 0, 1, "0.0");
        assertThat(kindCounts(tanQuang)).containsExactly(1L, 0L, 0L, 0L);
        assertThat(socioPolitical(tanQuang)).containsExactly("TRADE_UNION 0 0", "YOUTH_UNION 0 0",
                "WOMENS_UNION 1 35", "VETERANS_ASSOCIATION 0 0");
        JsonNode unknown = communes.get(2);
        assertThat(unknown.get("locality").get("id").isNull()).isTrue();
        assertTotals(unknown, 3, 360, 2, 10);
        assertIndicator(unknown, 2, "I3", 2, 3, "66.7");
        assertThat(kindCounts(unknown)).containsExactly(0L, 0L, 0L, 2L);

        JsonNode zones = totals.get("zones");
        assertThat(zones.findValues("name")).extracting(JsonNode::asString)
                .containsExactly("KCN Sông Công I", "Ngoài khu, cụm công nghiệp (hoặc chưa ghi nhận)");
        assertTotals(zones.get(0), 4, 600, 2, 13);
        assertTotals(zones.get(1), 3, 360, 2, 10);

        // admissions by category: worker, manager, owner, union or Youth Union officer, other; then owners and managers
        assertThat(admissions(province)).isEqualTo("1 0 1 0 0 | 1");
        assertThat(admissions(songCong)).isEqualTo("1 0 1 0 0 | 1");
        assertThat(admissions(tanQuang)).isEqualTo("0 0 0 0 0 | 0");
        assertThat(admissions(unknown)).isEqualTo("null null null null null | null");
        assertThat(admissions(zones.get(0))).isEqualTo("1 0 1 0 0 | 1");
        assertThat(admissions(zones.get(1))).isEqualTo("null null null null null | null");
        assertThat(province.get("admissions").get("byCategory").findValues("code").stream().map(JsonNode::asString))
                .containsExactly("DIRECT_PRODUCTION_WORKER", "MANAGER", "OWNER", "UNION_OR_YOUTH_OFFICER", "OTHER");
        JsonNode end2023 = client.json("/api/indicators/localities?at=2023-12-31&admissionsFrom=2023-01-01");
        assertThat(admissions(end2023.get("communes").get(0))).as("Sông Công: nothing admitted by then")
                .isEqualTo("null null null null null | null");
        assertThat(admissions(end2023.get("communes").get(1))).as("Tân Quang: E6's manager")
                .isEqualTo("0 1 0 0 0 | 1");

        // the ward as named after 1/7/2025; the derived work names it the same way
        assertThat(client.json("/api/indicators/localities?at=2025-08-01").get("communes").get(0)
                .get("locality").get("name").asString()).isEqualTo("Phường Bách Quang");
        JsonNode i3Gap = client.json("/api/derived-work?at=2024-11-15").get("i3Gap");
        assertThat(taxCodes(i3Gap)).containsExactlyInAnyOrder("4600112233", "4600123452");
        assertThat(find(i3Gap, "4600123452").get("communeName").asString()).isEqualTo("Phường Sông Công");
        assertThat(find(i3Gap, "4600123452").get("inRegistry").asBoolean()).isTrue();
        assertThat(client.get("/api/indicators/localities?at=2024-11-15&admissionsFrom=2024-11-16").statusCode())
                .isEqualTo(400);
    }

    private static void assertTotals(JsonNode totals, long operating, long workers, long organizations,
                                     long members) {
        String name = totals.get("locality").get("name").asString();
        assertThat(totals.get("operatingEnterprises").asLong()).as(name + " operating").isEqualTo(operating);
        assertThat(totals.get("workers").asLong()).as(name + " workers").isEqualTo(workers);
        assertThat(totals.get("partyOrganizations").asLong()).as(name + " organizations").isEqualTo(organizations);
        assertThat(totals.get("partyMembers").asLong()).as(name + " members").isEqualTo(members);
    }

    /** Admitted by category in the order listed, then owners and managers together; "null" when not known. */
    private static String admissions(JsonNode totals) {
        JsonNode admissions = totals.get("admissions");
        return admissions.get("byCategory").valueStream().map(c -> c.get("count").isNull() ? "null"
                        : Long.toString(c.get("count").asLong())).collect(java.util.stream.Collectors.joining(" "))
                + " | " + (admissions.get("ownersAndManagers").isNull() ? "null"
                : Long.toString(admissions.get("ownersAndManagers").asLong()));
    }

    /** Grassroots committees, grassroots cells, cells under a grassroots committee, not classified. */
    private static List<Long> kindCounts(JsonNode totals) {
        return totals.get("partyOrganizationsByKind").findValues("count").stream().map(JsonNode::asLong).toList();
    }

    private static List<String> socioPolitical(JsonNode totals) {
        return totals.get("socioPoliticalOrganizations").valueStream()
                .map(o -> o.get("kind").get("code").asString() + " " + o.get("organizations").asLong() + " "
                        + o.get("members").asLong())
                .toList();
    }

    private static List<String> taxCodes(JsonNode enterprises) {
        return taxCodes(enterprises.valueStream().toList());
    }

    private static List<String> taxCodes(List<JsonNode> enterprises) {
        return enterprises.stream().map(e -> e.get("taxCode").asString()).toList();
    }

    private static JsonNode find(JsonNode enterprises, String taxCode) {
        return enterprises.valueStream().filter(e -> e.get("taxCode").asString().equals(taxCode)).findFirst()
                .orElseThrow();
    }

    @Test
    void a_cut_off_is_required_and_the_admission_period_must_end_at_it_within_a_year() {
        assertThat(client.get("/api/indicators").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/indicators?at=2024-11-31").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/indicators?at=2024-11-15&admissionsFrom=2024-11-16").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/indicators?at=2024-11-15&admissionsFrom=2023-11-15").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/indicators?at=2024-11-15&admissionsFrom=2023-11-16").statusCode()).isEqualTo(200);
    }

    /** The registry of {@link #the_registry_decides_which_enterprises_operate_and_i1_counts_them}. */
    private List<DomainEventMessage<?>> registry() {
        return List.of(
                facts.registered("0101234567", "Công ty TNHH Minh Phát", "unit-phuong-song-cong", 150,
                        OperatingStatus.OPERATING, day("2020-01-01")),
                facts.registered("4601998877", "Công ty TNHH Yên Bình Tech", "unit-phuong-song-cong", 40,
                        OperatingStatus.OPERATING, day("2020-01-01")),
                facts.registryChanged("4601998877", "Công ty TNHH Yên Bình Tech", "unit-phuong-song-cong", 40,
                        OperatingStatus.SUSPENDED, day("2024-02-01")),
                facts.registered("4600556677", "Công ty TNHH Đông Á", "unit-xa-tan-quang", 120,
                        OperatingStatus.OPERATING, day("2020-01-01")),
                facts.ceased("4600556677", day("2024-03-01")),
                facts.registered("4600334455", "Công ty TNHH An Khánh", "unit-xa-tan-quang", 90,
                        OperatingStatus.OPERATING, day("2010-01-01")),
                facts.registered("4600123451", "Công ty TNHH Phúc Lâm", "unit-xa-tan-quang", 60,
                        OperatingStatus.OPERATING, day("2022-05-01")),
                facts.registered("4600123452", "Công ty CP May Sông Công", "unit-phuong-song-cong", 300,
                        OperatingStatus.OPERATING, day("2022-05-01")),
                facts.unionFounded("4600123452", 210, day("2023-03-01")));
    }

    private List<DomainEventMessage<?>> sevenEnterprises() {
        return List.of(
                // E1 Minh Phát
                facts.surveyed("survey-2023", "0101234567", "Công ty TNHH Minh Phát", day("2023-03-01"),
                        day("2023-03-01"), 4, true),
                facts.established("po-minh-phat", "0101234567", "Công ty TNHH Minh Phát", day("2023-09-15"), 4, 0),
                facts.admitted("po-minh-phat", 1, day("2023-10-20")),
                facts.admitted("po-minh-phat", 2, day("2024-06-01")),
                // E2 Hòa Bình: three qualifying members in 2023, two after the 2024 survey
                facts.surveyed("survey-2023", "4600112233", "Công ty CP Hòa Bình", day("2023-04-10"),
                        day("2023-04-10"), 3, true),
                facts.surveyed("survey-2024", "4600112233", "Công ty CP Hòa Bình", day("2024-05-01"),
                        day("2024-05-01"), 2, true),
                // E3 Yên Bình
                facts.surveyed("survey-2023", "4601998877", "Công ty TNHH Yên Bình Tech", day("2023-06-01"),
                        day("2023-06-01"), 0, false),
                // E4 Thái Sơn: surveyed and its organization recorded in January 2024, both effective before
                facts.surveyed("survey-late", "4600778899", "Công ty TNHH Thái Sơn", day("2023-11-20"),
                        day("2024-01-10"), 5, true),
                facts.recordedExisting("po-thai-son", "4600778899", "Công ty TNHH Thái Sơn", RecordSource.SURVEY,
                        "survey-late", day("2015-05-01"), day("2024-01-12"), 6),
                facts.admitted("po-thai-son", 1, day("2024-09-09")),
                // E5 Đông Á: dissolved while a cell was being set up
                facts.surveyed("survey-2023", "4600556677", "Công ty TNHH Đông Á", day("2023-02-01"),
                        day("2023-02-01"), 3, true),
                facts.establishmentOpened("cell-dong-a", "4600556677", "Công ty TNHH Đông Á", day("2023-06-01")),
                facts.establishmentAbandoned("cell-dong-a", AbandonmentReason.ENTERPRISE_DISSOLVED, day("2024-03-01")),
                // E6 An Khánh: an organization of the initial registry, never surveyed
                facts.recordedExisting("po-an-khanh", "4600334455", "Công ty TNHH An Khánh",
                        RecordSource.INITIAL_REGISTRY, null, day("2010-01-01"), day("2023-01-05"), 5),
                facts.admitted("po-an-khanh", 1, day("2023-12-10")),
                facts.admitted("po-an-khanh", 1, day("2024-12-01")),
                // E7 Tân Long
                facts.surveyed("survey-2024", "4600990011", "Công ty CP Tân Long", day("2024-08-01"),
                        day("2024-08-01"), 3, true),
                facts.established("po-tan-long", "4600990011", "Công ty CP Tân Long", day("2024-10-01"), 3, 0));
    }

    private static void assertIndicator(JsonNode indicators, int index, String code, long numerator,
                                        long denominator, String percentage) {
        JsonNode indicator = indicators.get("indicators").get(index);
        assertThat(indicator.get("code").asString()).isEqualTo(code);
        assertThat(indicator.get("numerator").asLong()).as(code + " numerator").isEqualTo(numerator);
        assertThat(indicator.get("denominator").asLong()).as(code + " denominator").isEqualTo(denominator);
        if (percentage == null) {
            assertThat(indicator.get("percentage").isNull()).as(code + " percentage").isTrue();
        } else {
            assertThat(indicator.get("percentage").decimalValue()).as(code + " percentage")
                    .isEqualByComparingTo(percentage);
        }
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
