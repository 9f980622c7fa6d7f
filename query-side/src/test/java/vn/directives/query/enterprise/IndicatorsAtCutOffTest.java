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
import vn.directives.events.partyorganization.RecordSource;
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
        picture.apply(List.of(
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
                facts.unionFounded("4600123452", 210, day("2023-03-01"))));

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

    @Test
    void a_cut_off_is_required_and_the_admission_period_must_end_at_it_within_a_year() {
        assertThat(client.get("/api/indicators").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/indicators?at=2024-11-31").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/indicators?at=2024-11-15&admissionsFrom=2024-11-16").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/indicators?at=2024-11-15&admissionsFrom=2023-11-15").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/indicators?at=2024-11-15&admissionsFrom=2023-11-16").statusCode()).isEqualTo(200);
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
        assertThat(indicator.get("percentage").decimalValue()).as(code + " percentage")
                .isEqualByComparingTo(percentage);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
