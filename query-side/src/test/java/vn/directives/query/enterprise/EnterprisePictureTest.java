package vn.directives.query.enterprise;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.memberdevelopment.AwarenessCoursePassed;
import vn.directives.events.memberdevelopment.CandidateAdmitted;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.memberdevelopment.CandidateRegistered;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.partyorganization.ExitReason;
import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.MemberStatus;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.partyorganization.RecordSource;
import vn.directives.events.survey.EnterpriseFindings;
import vn.directives.events.survey.OwnerAttitude;
import vn.directives.events.survey.Ownership;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.ProjectionDriver;
import vn.directives.query.ProjectionTest;
import vn.directives.query.QuerySideClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The picture of each enterprise at a date, driven through the real projection (its processor's
 * handler invoker, in a transaction) and read over HTTP from the real database.
 */
@ProjectionTest
class EnterprisePictureTest {

    private static final String[] TABLES = {"query.enterprise_finding", "query.enterprise_party_organization",
            "query.party_organization_membership_change", "query.enterprise_member_transfer",
            "query.enterprise_cell_establishment", "query.party_member_entry"};

    private static final String MINH_PHAT = "0101234567";
    private static final String HOA_BINH = "4600112233";
    private static final String YEN_BINH = "4601998877";
    private static final String DONG_A = "4600556677";

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
    void startClean() {
        picture = ProjectionDriver.of(context, EnterprisePictureProjection.GROUP);
        picture.reset();
        facts = new EnterpriseFacts(picture);
        client = new QuerySideClient(context.getEnvironment());
    }

    @Test
    void the_finding_latest_by_effective_date_wins_whenever_each_was_recorded() {
        picture.apply(List.of(
                facts.surveyed("survey-a", new EnterpriseFindings(YEN_BINH, "Công ty TNHH Yên Bình Tech",
                        Ownership.FOREIGN_INVESTED, 850, 6, 2, 3, 4, true, 600, true, 120, false,
                        OwnerAttitude.UNDECIDED), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2)),
                facts.surveyed("survey-b", YEN_BINH, "Công ty TNHH Yên Bình", LocalDate.of(2024, 1, 15),
                        LocalDate.of(2024, 5, 1), 2, false)));

        JsonNode mid2024 = client.json("/api/enterprises/" + YEN_BINH + "?at=2024-06-30");
        JsonNode latest = mid2024.get("surveyedFacts");
        assertThat(latest.get("surveyTaskId").asString()).isEqualTo("survey-a");
        assertThat(latest.get("effectiveOn").asString()).isEqualTo("2024-03-01");
        assertThat(latest.get("recordedAt").asString()).isEqualTo("2024-03-02T02:00:00Z");
        assertThat(latest.get("ownership").get("label").asString()).isEqualTo("Doanh nghiệp có vốn đầu tư nước ngoài");
        assertThat(latest.get("workers").asInt()).isEqualTo(850);
        assertThat(latest.get("officialMembers").asInt()).isEqualTo(6);
        assertThat(latest.get("probationaryMembers").asInt()).isEqualTo(2);
        assertThat(latest.get("membersRegisteredAtResidence").asInt()).isEqualTo(3);
        assertThat(latest.get("officialMembersEmployed12Months").asInt()).isEqualTo(4);
        assertThat(latest.get("tradeUnion").asBoolean()).isTrue();
        assertThat(latest.get("tradeUnionMembers").asInt()).isEqualTo(600);
        assertThat(latest.get("youthUnion").asBoolean()).isTrue();
        assertThat(latest.get("youthUnionMembers").asInt()).isEqualTo(120);
        assertThat(latest.get("partyOrganizationExists").asBoolean()).isFalse();
        assertThat(latest.get("ownerAttitude").get("label").asString()).isEqualTo("Chưa quyết định");
        assertThat(mid2024.get("name").asString()).isEqualTo("Công ty TNHH Yên Bình Tech");
        assertThat(mid2024.get("surveys")).hasSize(2);
        assertThat(mid2024.get("indicatorInputs").get("atLeastThreeOfficialMembersEmployed12Months").asBoolean())
                .isTrue();

        JsonNode february = client.json("/api/enterprises/" + YEN_BINH + "?at=2024-02-01");
        assertThat(february.get("surveyedFacts").get("surveyTaskId").asString())
                .as("effective before February, recorded only in May").isEqualTo("survey-b");
        assertThat(february.get("indicatorInputs").get("atLeastThreeOfficialMembersEmployed12Months").asBoolean())
                .isFalse();
        assertThat(february.get("indicatorInputs").get("hasTradeUnion").asBoolean()).isFalse();

        assertThat(client.get("/api/enterprises/" + YEN_BINH + "?at=2023-12-31").statusCode())
                .as("nothing effective yet").isEqualTo(404);
    }

    @Test
    void members_of_the_party_organization_follow_admissions_and_transfers_leaving_temporary_ones_apart() {
        picture.apply(organizationHistory());

        JsonNode end2023 = client.json("/api/enterprises/" + MINH_PHAT + "?at=2023-12-31");
        assertThat(end2023.get("name").asString()).isEqualTo("Công ty TNHH Minh Phát");
        assertThat(members(end2023)).isEqualTo(Map.of("official", 3, "probationary", 2, "transferredIn", 0,
                "transferredOut", 0, "total", 5, "temporarilyIn", 0, "temporarilyAway", 0));
        assertThat(end2023.get("admissionsByYear").toString()).isEqualTo("[{\"year\":2023,\"admitted\":1,\"admissions\":1}]");

        JsonNode mid2024 = client.json("/api/enterprises/" + MINH_PHAT + "?at=2024-06-30");
        assertThat(members(mid2024)).isEqualTo(Map.of("official", 3, "probationary", 4, "transferredIn", 1,
                "transferredOut", 0, "total", 8, "temporarilyIn", 1, "temporarilyAway", 0));

        JsonNode end2024 = client.json("/api/enterprises/" + MINH_PHAT + "?at=2024-12-31");
        assertThat(members(end2024)).isEqualTo(Map.of("official", 3, "probationary", 4, "transferredIn", 1,
                "transferredOut", 1, "total", 7, "temporarilyIn", 1, "temporarilyAway", 1));
        JsonNode organization = end2024.get("partyOrganization");
        assertThat(organization.get("id").asString()).isEqualTo("po-minh-phat");
        assertThat(organization.get("name").asString()).isEqualTo("Chi bộ Công ty TNHH Minh Phát");
        assertThat(organization.get("origin").get("code").asString()).isEqualTo("ESTABLISHED");
        assertThat(organization.get("since").asString()).isEqualTo("2023-05-10");
        assertThat(organization.get("decisionNumber").asString()).isEqualTo("125-QĐ/ĐU");
        assertThat(organization.get("issuingCommittee").asString()).isEqualTo("Đảng ủy các Khu công nghiệp");
        assertThat(organization.get("cellEstablishmentTaskId").asString()).isEqualTo("cell-" + MINH_PHAT);
        assertThat(end2024.get("admissions")).hasSize(2);
        assertThat(end2024.get("admissions").get(1).get("effectiveOn").asString()).isEqualTo("2024-04-01");
        assertThat(end2024.get("admissions").get(1).get("admitted").asInt()).isEqualTo(2);
        assertThat(end2024.get("admissionsByYear").get(1).get("year").asInt()).isEqualTo(2024);
        assertThat(end2024.get("indicatorInputs").get("newMembersAdmittedInPeriod").asInt()).isEqualTo(2);
        assertThat(end2024.get("indicatorInputs").get("hasPartyOrganization").asBoolean()).isTrue();
        assertThat(end2024.get("indicatorInputs").get("operatingAndKnown").asBoolean())
                .as("never surveyed").isFalse();

        assertThat(client.get("/api/enterprises/" + MINH_PHAT + "?at=2023-05-09").statusCode())
                .as("known only by its organization, not yet decided").isEqualTo(404);
    }

    /**
     * Three enterprises of one commune, their organizations since 2020. By hand, at 15/11/2024 with
     * admissions and exits counted from 1/1/2024:
     * A: 5 official; 2 admitted (probationary), 1 recognized; 1 official left on request in 2023
     * and 1 died in 2024; 1 here temporarily: official 5 + 1 - 1 - 1 = 4, probationary 1, temporary 1.
     * B: 4 official, 2 probationary; 1 probationary expelled, 1 transferred out (official first);
     * receives C's 3 official on 1/6/2024: official 4 - 1 + 3 = 6, probationary 1.
     * C: 3 official, merged into B on 1/6/2024: counts until 31/5 only.
     */
    @Test
    void members_count_by_status_exits_by_reason_and_a_merged_organization_stops_counting_from_its_date() {
        String a = "4600000001";
        String b = "4600000002";
        String c = "4600000003";
        LocalDate since = LocalDate.of(2020, 1, 1);
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (String taxCode : List.of(a, b, c)) {
            events.add(facts.registered(taxCode, "Công ty " + taxCode, "unit-xa-tien-phong", 100,
                    vn.directives.events.enterprise.OperatingStatus.OPERATING, since));
        }
        events.add(facts.recordedExisting("po-a", a, "Công ty A", RecordSource.INITIAL_REGISTRY, null, since, since, 5));
        events.add(facts.established("po-b", b, "Công ty B", since, 4, 2));
        events.add(facts.recordedExisting("po-c", c, "Công ty C", RecordSource.INITIAL_REGISTRY, null, since, since, 3));
        events.add(facts.left("po-a", ExitReason.LEAVING_ON_REQUEST, MemberStatus.OFFICIAL, 1,
                LocalDate.of(2023, 12, 1)));
        events.add(facts.admitted("po-a", 2, LocalDate.of(2024, 2, 1)));
        events.add(facts.recognized("po-a", 1, LocalDate.of(2024, 3, 1)));
        events.add(facts.left("po-a", ExitReason.DEATH, MemberStatus.OFFICIAL, 1, LocalDate.of(2024, 4, 1)));
        events.add(facts.transferredIn("po-a", "transfer-temporary", true, LocalDate.of(2024, 4, 15)));
        events.add(facts.left("po-b", ExitReason.EXPULSION, MemberStatus.PROBATIONARY, 1, LocalDate.of(2024, 5, 1)));
        events.add(facts.transferredOut("po-b", "transfer-out", false, LocalDate.of(2024, 5, 15)));
        events.addAll(facts.merged("po-c", "po-b", new MemberCounts(3, 0, 0), LocalDate.of(2024, 6, 1)));
        picture.apply(events);

        JsonNode november = client.json("/api/indicators/localities?at=2024-11-15&admissionsFrom=2024-01-01")
                .get("province");
        JsonNode may = client.json("/api/indicators/localities?at=2024-05-31&admissionsFrom=2024-01-01")
                .get("province");

        assertThat(november.get("partyOrganizations").asLong()).isEqualTo(2);
        assertThat(november.get("partyMembers").asLong()).isEqualTo(5 + 7);
        assertThat(counts(november, "partyMembersByStatus")).containsExactly(4L + 6L, 1L + 1L, 1L);
        assertThat(counts(november, "exits")).as("death, removal, expulsion, on request; 2023's not in the period")
                .containsExactly(1L, 0L, 1L, 0L);
        assertThat(november.get("indicators").get(0).get("numerator").asLong()).as("I1: C has none of its own")
                .isEqualTo(2);
        assertThat(november.get("indicators").get(3).get("numerator").asLong()).as("I4: A admitted").isEqualTo(1);
        assertThat(may.get("partyOrganizations").asLong()).isEqualTo(3);
        assertThat(may.get("partyMembers").asLong()).as("A 4 + 1, B 3 + 1, C 3").isEqualTo(5 + 4 + 3);
        assertThat(counts(may, "partyMembersByStatus")).containsExactly(4L + 3L + 3L, 2L, 1L);

        JsonNode bDetail = client.json("/api/enterprises/" + b + "?at=2024-11-15").get("partyOrganization")
                .get("members");
        assertThat(bDetail.get("total").asInt()).isEqualTo(7);
        assertThat(bDetail.get("byStatus").toString()).isEqualTo("{\"official\":6,\"probationary\":1,\"temporary\":0}");
        assertThat(bDetail.get("left").asInt()).isEqualTo(1);
        assertThat(client.json("/api/enterprises/" + c + "?at=2024-11-15").get("partyOrganization").isNull())
                .as("merged: the enterprise has no organization of its own").isTrue();
        var mergedOrganization = client.get("/api/party-organizations/po-c?at=2024-11-15");
        assertThat(mergedOrganization.statusCode()).isEqualTo(404);
        assertThat(mergedOrganization.body()).contains("đã hợp nhất vào tổ chức khác từ ngày 2024-06-01");
        assertThat(client.json("/api/party-organizations/po-c?at=2024-05-31").get("partyOrganization")
                .get("members").get("total").asInt()).isEqualTo(3);
    }

    private static List<Long> counts(JsonNode totals, String field) {
        return totals.get(field).findValues("count").stream().map(JsonNode::asLong).toList();
    }

    @Test
    void completed_member_transfers_count_for_the_enterprise_they_name() {
        picture.apply(List.of(
                facts.transferCompleted("transfer-1", HOA_BINH, TransferDirection.RESIDENCE_TO_ENTERPRISE,
                        TransferType.OFFICIAL, LocalDate.of(2024, 2, 1)),
                facts.transferCompleted("transfer-2", HOA_BINH, TransferDirection.RESIDENCE_TO_ENTERPRISE,
                        TransferType.TEMPORARY, LocalDate.of(2024, 3, 1)),
                facts.transferCompleted("transfer-3", HOA_BINH, TransferDirection.ENTERPRISE_TO_RESIDENCE,
                        TransferType.OFFICIAL, LocalDate.of(2024, 9, 1)),
                facts.transferCompleted("transfer-4", null, TransferDirection.ENTERPRISE_TO_RESIDENCE,
                        TransferType.OFFICIAL, LocalDate.of(2024, 9, 1)),
                facts.transferCompleted("transfer-5", DONG_A, TransferDirection.RESIDENCE_TO_ENTERPRISE,
                        TransferType.OFFICIAL, LocalDate.of(2024, 4, 1))));

        JsonNode mid2024 = client.json("/api/enterprises/" + HOA_BINH + "?at=2024-06-30").get("memberTransfers");
        assertThat(mid2024.toString())
                .isEqualTo("{\"in\":{\"official\":1,\"temporary\":1},\"out\":{\"official\":0,\"temporary\":0}}");
        JsonNode end2024 = client.json("/api/enterprises/" + HOA_BINH + "?at=2024-12-31").get("memberTransfers");
        assertThat(end2024.get("out").get("official").asInt()).isEqualTo(1);
        assertThat(picture.rows(TABLES).get("query.enterprise_member_transfer"))
                .as("a transfer naming no enterprise").hasSize(4);
    }

    @Test
    void an_organization_recorded_as_existing_keeps_its_source_and_the_date_since_which_it_exists() {
        picture.apply(List.of(
                facts.surveyed("survey-kcn", HOA_BINH, "Công ty CP Hòa Bình", LocalDate.of(2023, 4, 10),
                        LocalDate.of(2023, 4, 12), 5, true),
                facts.recordedExisting("po-hoa-binh", HOA_BINH, "Công ty CP Hòa Bình", RecordSource.SURVEY,
                        "survey-kcn", LocalDate.of(2015, 5, 1), LocalDate.of(2023, 4, 20), 7)));

        JsonNode detail = client.json("/api/enterprises/" + HOA_BINH + "?at=2023-04-30");
        JsonNode organization = detail.get("partyOrganization");
        assertThat(organization.get("origin").get("label").asString()).isEqualTo("Đã có từ trước");
        assertThat(organization.get("recordSource").get("code").asString()).isEqualTo("SURVEY");
        assertThat(organization.get("sourceReference").asString()).isEqualTo("survey-kcn");
        assertThat(organization.get("since").asString()).isEqualTo("2015-05-01");
        assertThat(organization.get("recordedAt").asString()).isEqualTo("2023-04-20T02:00:00Z");
        assertThat(organization.get("members").get("total").asInt()).isEqualTo(7);
        assertThat(detail.get("indicatorInputs").get("partyOrganizationSince").asString()).isEqualTo("2015-05-01");
    }

    @Test
    void an_organization_a_cell_establishment_set_up_has_the_kind_and_committee_its_completion_gave_from_its_decision() {
        picture.apply(List.of(facts.established("po-yen-binh", YEN_BINH, "Công ty TNHH Yên Bình",
                        LocalDate.of(2024, 3, 5), 3, 1, PartyOrganizationKind.GRASSROOTS_CELL, "unit-dang-uy-kcn"),
                facts.established("po-dong-a", DONG_A, "Công ty CP Đông Á", LocalDate.of(2024, 3, 5), 3, 0)));

        JsonNode classified = client.json("/api/enterprises/" + YEN_BINH + "?at=2024-03-05").get("partyOrganization");
        JsonNode before = client.json("/api/enterprises/" + DONG_A + "?at=2024-03-05").get("partyOrganization");

        assertThat(classified.get("kind").get("code").asString()).isEqualTo("GRASSROOTS_CELL");
        assertThat(classified.get("superiorCommittee").get("unitId").asString()).isEqualTo("unit-dang-uy-kcn");
        assertThat(before.get("kind").get("code").asString()).as("an establishment completed before kinds were given")
                .isEqualTo("NOT_CLASSIFIED");
    }

    @Test
    void an_organization_a_survey_reports_but_nobody_recorded_is_shown_as_such_with_the_step_to_record_it() {
        picture.apply(List.of(facts.surveyed("survey-dong-a", new EnterpriseFindings(DONG_A, "Công ty TNHH Đông Á",
                Ownership.PRIVATE, 300, 4, 1, 0, 4, true, 200, false, 0, true, OwnerAttitude.SUPPORTIVE),
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2))));

        JsonNode reported = client.json("/api/enterprises/" + DONG_A + "?at=2024-06-30");
        assertThat(reported.get("indicatorInputs").get("hasPartyOrganization").asBoolean())
                .as("a survey's word is not a record").isFalse();
        JsonNode status = reported.get("partyOrganizationStatus");
        assertThat(status.get("code").asString()).isEqualTo("REPORTED_NOT_RECORDED");
        assertThat(status.get("label").asString()).isEqualTo("Khảo sát báo có tổ chức đảng, chưa ghi nhận");
        assertThat(status.get("nextStepEn").asString()).contains("POST /api/party-organizations").contains("survey-dong-a");

        picture.apply(List.of(facts.recordedExisting("po-dong-a", DONG_A, "Công ty TNHH Đông Á", RecordSource.SURVEY,
                "survey-dong-a", LocalDate.of(2019, 9, 2), LocalDate.of(2024, 3, 10), 4)));
        JsonNode recorded = client.json("/api/enterprises/" + DONG_A + "?at=2024-06-30");
        assertThat(recorded.get("partyOrganizationStatus").get("code").asString()).isEqualTo("RECORDED");
        assertThat(recorded.get("indicatorInputs").get("hasPartyOrganization").asBoolean()).isTrue();
    }

    @Test
    void an_enterprise_dissolved_while_a_cell_was_being_set_up_no_longer_operates_until_surveyed_again() {
        picture.apply(List.of(
                facts.surveyed("survey-2023", DONG_A, "Công ty TNHH Đông Á", LocalDate.of(2023, 2, 1),
                        LocalDate.of(2023, 2, 2), 3, true),
                facts.establishmentOpened("cell-dong-a", DONG_A, "Công ty TNHH Đông Á", LocalDate.of(2023, 6, 1)),
                facts.establishmentAbandoned("cell-dong-a", AbandonmentReason.ENTERPRISE_DISSOLVED,
                        LocalDate.of(2024, 3, 1)),
                facts.surveyed("survey-2023", HOA_BINH, "Công ty CP Hòa Bình", LocalDate.of(2023, 2, 1),
                        LocalDate.of(2023, 2, 2), 3, true),
                facts.establishmentOpened("cell-hoa-binh", HOA_BINH, "Công ty CP Hòa Bình", LocalDate.of(2023, 6, 1)),
                facts.establishmentAbandoned("cell-hoa-binh", AbandonmentReason.OWNER_REFUSED,
                        LocalDate.of(2024, 3, 1))));

        assertThat(operating(DONG_A, "2024-02-29")).isTrue();
        assertThat(operating(DONG_A, "2024-03-01")).isFalse();
        assertThat(client.json("/api/enterprises/" + DONG_A + "?at=2024-03-01").get("dissolvedOn").asString())
                .isEqualTo("2024-03-01");
        assertThat(operating(HOA_BINH, "2024-03-01")).as("the owner refused; the enterprise operates").isTrue();

        picture.apply(List.of(facts.surveyed("survey-2024", DONG_A, "Công ty TNHH Đông Á", LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 5, 2), 3, true)));
        assertThat(operating(DONG_A, "2024-05-01")).as("a later survey found it operating").isTrue();
    }

    @Test
    void the_list_is_filtered_sorted_and_paged_at_the_date() {
        picture.apply(listedEnterprises());

        JsonNode all = client.json("/api/enterprises?at=2024-12-31&sort=taxCode");
        assertThat(taxCodes(all)).containsExactly(MINH_PHAT, HOA_BINH, DONG_A, YEN_BINH);
        assertThat(all.get("totalElements").asLong()).isEqualTo(4);
        JsonNode minhPhat = all.get("items").get(0);
        assertThat(minhPhat.get("hasPartyOrganization").asBoolean()).isTrue();
        assertThat(minhPhat.get("partyOrganizationSince").asString()).isEqualTo("2023-05-10");
        assertThat(minhPhat.get("workers").asInt()).isEqualTo(300);
        assertThat(minhPhat.get("ownership").get("code").asString()).isEqualTo("PRIVATE");

        assertThat(taxCodes(client.json("/api/enterprises?at=2023-12-31&sort=taxCode")))
                .as("Yên Bình surveyed only in 2024").containsExactly(MINH_PHAT, HOA_BINH, DONG_A);
        assertThat(taxCodes(client.json("/api/enterprises?at=2024-12-31&partyOrganization=true")))
                .containsExactly(MINH_PHAT);
        assertThat(taxCodes(client.json("/api/enterprises?at=2024-12-31&tradeUnion=false&sort=taxCode")))
                .containsExactly(HOA_BINH);
        assertThat(taxCodes(client.json("/api/enterprises?at=2024-12-31&ownership=FOREIGN_INVESTED")))
                .containsExactly(YEN_BINH);
        assertThat(taxCodes(client.json("/api/enterprises?at=2024-12-31&operating=false")))
                .containsExactly(DONG_A);
        assertThat(taxCodes(client.json("/api/enterprises?at=2024-12-31&q=minh%20ph")))
                .containsExactly(MINH_PHAT);
        assertThat(taxCodes(client.json("/api/enterprises?at=2024-12-31&q=4600&sort=taxCode")))
                .containsExactly(HOA_BINH, DONG_A);
        assertThat(taxCodes(client.json("/api/enterprises?at=2024-12-31&q=%25")))
                .as("a percent sign is text, not a wildcard").isEmpty();
        assertThat(taxCodes(client.json("/api/enterprises?at=2024-12-31&sort=workers,desc")))
                .containsExactly(YEN_BINH, MINH_PHAT, HOA_BINH, DONG_A);

        JsonNode secondPage = client.json("/api/enterprises?at=2024-12-31&sort=taxCode&page=1&size=3");
        assertThat(taxCodes(secondPage)).containsExactly(YEN_BINH);
        assertThat(secondPage.get("totalElements").asLong()).isEqualTo(4);
        assertThat(secondPage.get("totalPages").asLong()).isEqualTo(2);
        assertThat(taxCodes(client.json("/api/enterprises?sort=taxCode"))).as("today: everything effective")
                .containsExactly(MINH_PHAT, HOA_BINH, DONG_A, YEN_BINH);
    }

    @Test
    void bad_parameters_are_refused_and_an_unknown_enterprise_is_not_found() {
        for (String query : List.of("size=201", "size=0", "page=-1", "sort=owner", "sort=name,up",
                "sort=name,asc,desc", "at=2024-02-30", "ownership=STATE", "tradeUnion=maybe")) {
            assertThat(client.get("/api/enterprises?" + query).statusCode()).as(query).isEqualTo(400);
        }
        assertThat(client.get("/api/enterprises/9999999999?at=2024-12-31").statusCode()).isEqualTo(404);
    }

    @Test
    void each_event_applied_twice_leaves_the_same_rows_as_once() {
        List<DomainEventMessage<?>> history = everything();
        picture.apply(history);
        Map<String, List<String>> once = picture.rows(TABLES);
        assertThat(once.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        picture.reset();
        picture.applyEachTwice(history);
        assertThat(picture.rows(TABLES)).isEqualTo(once);

        picture.apply(history);
        assertThat(picture.rows(TABLES)).isEqualTo(once);
    }

    @Test
    void reset_empties_the_tables_and_a_replay_rebuilds_the_same_rows() {
        List<DomainEventMessage<?>> history = everything();
        picture.apply(history);
        Map<String, List<String>> built = picture.rows(TABLES);

        picture.reset();
        assertThat(picture.rows(TABLES).values()).allSatisfy(rows -> assertThat(rows).isEmpty());

        picture.apply(history);
        assertThat(picture.rows(TABLES)).isEqualTo(built);
    }

    /** Minh Phát's organization: established 10/5/2023, admissions, transfers official and temporary. */
    private List<DomainEventMessage<?>> organizationHistory() {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        events.add(facts.established("po-minh-phat", MINH_PHAT, "Công ty TNHH Minh Phát", LocalDate.of(2023, 5, 10),
                3, 1));
        events.addAll(organizationChanges());
        return events;
    }

    private List<DomainEventMessage<?>> organizationChanges() {
        String organization = "po-minh-phat";
        return List.of(
                facts.admitted(organization, 1, LocalDate.of(2023, 11, 20)),
                facts.admitted(organization, 2, LocalDate.of(2024, 4, 1)),
                facts.transferredIn(organization, "transfer-in-1", false, LocalDate.of(2024, 5, 1)),
                facts.transferredIn(organization, "transfer-in-2", true, LocalDate.of(2024, 6, 1)),
                facts.transferredOut(organization, "transfer-out-1", true, LocalDate.of(2024, 7, 1)),
                facts.transferredOut(organization, "transfer-out-2", false, LocalDate.of(2024, 8, 1)));
    }

    private List<DomainEventMessage<?>> listedEnterprises() {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        events.add(facts.surveyed("survey-list", findings(MINH_PHAT, "Công ty TNHH Minh Phát", Ownership.PRIVATE, 300,
                true), LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 1)));
        events.add(facts.surveyed("survey-list", findings(DONG_A, "Công ty TNHH Đông Á", Ownership.PRIVATE, 40, true),
                LocalDate.of(2023, 3, 2), LocalDate.of(2023, 3, 2)));
        events.add(facts.surveyed("survey-list", findings(HOA_BINH, "Công ty CP Hòa Bình", Ownership.PRIVATE, 150,
                false), LocalDate.of(2023, 3, 3), LocalDate.of(2023, 3, 3)));
        events.add(facts.surveyed("survey-2024", findings(YEN_BINH, "Công ty TNHH Yên Bình Tech",
                Ownership.FOREIGN_INVESTED, 850, true), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1)));
        events.add(facts.established("po-minh-phat", MINH_PHAT, "Công ty TNHH Minh Phát", LocalDate.of(2023, 5, 10),
                3, 0));
        events.add(facts.establishmentOpened("cell-dong-a", DONG_A, "Công ty TNHH Đông Á", LocalDate.of(2023, 6, 1)));
        events.add(facts.establishmentAbandoned("cell-dong-a", AbandonmentReason.ENTERPRISE_DISSOLVED,
                LocalDate.of(2024, 3, 1)));
        return events;
    }

    /** One event of every type the projection handles, for the replay tests. */
    private List<DomainEventMessage<?>> everything() {
        List<DomainEventMessage<?>> events = new ArrayList<>(listedEnterprises());
        events.addAll(organizationChanges());
        events.add(facts.recordedExisting("po-hoa-binh", HOA_BINH, "Công ty CP Hòa Bình", RecordSource.INITIAL_REGISTRY,
                null, LocalDate.of(2012, 1, 1), LocalDate.of(2023, 1, 5), 4));
        events.add(facts.transferCompleted("transfer-9", HOA_BINH, TransferDirection.RESIDENCE_TO_ENTERPRISE,
                TransferType.OFFICIAL, LocalDate.of(2024, 2, 1)));
        events.add(facts.onRoster("ref-hoa-binh-1", HOA_BINH, null, "unit-phuong-song-cong", LocalDate.of(2024, 3, 1)));
        events.add(facts.rosterChanged("ref-hoa-binh-1", HOA_BINH, "po-hoa-binh", null, LocalDate.of(2024, 9, 1)));
        return events;
    }

    private static EnterpriseFindings findings(String taxCode, String name, Ownership ownership, int workers,
                                               boolean tradeUnion) {
        return new EnterpriseFindings(taxCode, name, ownership, workers, 4, 1, 0, 3, tradeUnion, tradeUnion ? 20 : 0,
                false, 0, false, OwnerAttitude.SUPPORTIVE);
    }

    private boolean operating(String taxCode, String at) {
        return client.json("/api/enterprises/" + taxCode + "?at=" + at).get("operatingAndKnown").asBoolean();
    }

    private static Map<String, Integer> members(JsonNode enterprise) {
        JsonNode members = enterprise.get("partyOrganization").get("members");
        return Map.of("official", members.get("official").asInt(),
                "probationary", members.get("probationary").asInt(),
                "transferredIn", members.get("transferredIn").asInt(),
                "transferredOut", members.get("transferredOut").asInt(),
                "total", members.get("total").asInt(),
                "temporarilyIn", members.get("temporarilyIn").asInt(),
                "temporarilyAway", members.get("temporarilyAway").asInt());
    }

    private static List<String> taxCodes(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("taxCode").asString())
                .toList();
    }

    @Test
    void candidates_list_by_enterprise_status_and_category_with_their_next_step_and_recognitions_due() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        java.time.LocalDate admittedOn = today.minusMonths(12).minusDays(3);
        java.time.Instant recorded = java.time.Instant.parse("2025-01-01T02:00:00Z");
        DomainEventMessage<?> owner = picture.event("candidate:qc-owner", new CandidateRegistered("qc-owner",
                HOA_BINH, CandidateCategory.OWNER, admittedOn.minusMonths(4), "officer-1"), recorded);
        picture.apply(List.of(owner,
                picture.event("candidate:qc-owner", new AwarenessCoursePassed("qc-owner", "course-1",
                        admittedOn.minusMonths(2), "officer-1"), recorded),
                picture.event("candidate:qc-owner", new CandidateAdmitted("qc-owner", "po-hoa-binh", HOA_BINH,
                        CandidateCategory.OWNER, null, admittedOn, "ban-to-chuc"), recorded),
                picture.event("candidate:qc-worker", new CandidateRegistered("qc-worker", HOA_BINH,
                        CandidateCategory.DIRECT_PRODUCTION_WORKER, today.minusDays(10), "officer-1"), recorded),
                picture.event("candidate:qc-other", new CandidateRegistered("qc-other", DONG_A,
                        CandidateCategory.MANAGER, today.minusDays(10), "officer-1"), recorded)));
        picture.apply(List.of(owner));

        JsonNode ofHoaBinh = client.json("/api/candidates?enterprise=" + HOA_BINH);
        JsonNode due = client.json("/api/candidates?recognitionDueBy=" + today);
        JsonNode workers = client.json("/api/candidates?category=DIRECT_PRODUCTION_WORKER&status=CANDIDATE");

        assertThat(ofHoaBinh).hasSize(2);
        JsonNode member = ofHoaBinh.get(0);
        assertThat(member.get("candidateRef").asString()).as("the one due first comes first").isEqualTo("qc-owner");
        assertThat(member.get("status").get("label").asString()).isEqualTo("Đảng viên dự bị");
        assertThat(member.get("category").get("label").asString()).isEqualTo("Chủ doanh nghiệp");
        assertThat(member.get("recognitionDueOn").asString()).isEqualTo(admittedOn.plusMonths(12).toString());
        assertThat(member.get("nextStep").get("code").asString()).isEqualTo("RECOGNITION_DUE");
        assertThat(ofHoaBinh.get(1).get("nextStep").get("code").asString()).isEqualTo("AWARENESS_COURSE");
        assertThat(due).extracting(node -> node.get("candidateRef").asString()).containsExactly("qc-owner");
        assertThat(workers).extracting(node -> node.get("candidateRef").asString()).containsExactly("qc-worker");
        assertThat(client.get("/api/candidates/no-such-ref").statusCode()).isEqualTo(404);
    }
}
