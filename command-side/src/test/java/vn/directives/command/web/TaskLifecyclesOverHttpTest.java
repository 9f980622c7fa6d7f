package vn.directives.command.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directives.command.infrastructure.CommandSideTest;
import vn.directives.command.support.Api;
import vn.directives.command.support.Api.Answer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One task of each kind walks its whole lifecycle over real HTTP against the real PostgreSQL,
 * with the ETags each step returns, plus the two protections against lost and double updates:
 * a stale If-Match (412, nothing stored) and a replayed Idempotency-Key (one effect).
 */
@CommandSideTest
class TaskLifecyclesOverHttpTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate OPENED = TODAY.minusDays(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private String unit;
    private String otherUnit;
    private String member;
    private String directive;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        unit = api.unit("Đảng ủy các Khu công nghiệp tỉnh", "INDUSTRIAL_ZONES_PARTY_COMMITTEE");
        otherUnit = api.unit("Liên đoàn Lao động tỉnh", "LABOUR_FEDERATION");
        member = api.member(unit);
        directive = api.directive(unit);
    }

    private Map<String, Object> header(String title) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("directiveId", directive);
        header.put("pointNumber", 2);
        header.put("title", title);
        header.put("leadUnitId", unit);
        header.put("coordinatingUnitIds", List.of(otherUnit));
        header.put("assigneeId", member);
        header.put("dueDate", TODAY.plusMonths(3).toString());
        return header;
    }

    private Answer step(String path, String etag, Map<String, ?> body) {
        Answer answer = api.post(path, body, "If-Match", etag);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        assertThat(version(answer)).as("ETag after " + path).isEqualTo(answer.body().path("version").asLong())
                .isGreaterThan(version(etag));
        return answer;
    }

    private static long version(Answer answer) {
        return version(answer.etag());
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("\"", ""));
    }

    private List<String> storedEvents(String aggregateId) {
        return jdbc.queryForList("""
                SELECT payload_type FROM events.domain_event_entry
                 WHERE aggregate_identifier = ? ORDER BY sequence_number""", String.class, aggregateId)
                .stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private static String taxCode() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(4_600_000_000L, 4_699_999_999L));
    }

    @Test
    void a_survey_walks_from_opening_to_closure() {
        Answer opened = api.post("/api/surveys", Map.of("task", header("Khảo sát doanh nghiệp KCN Yên Bình"),
                "scope", Map.of("kind", "INDUSTRIAL_ZONE", "references", List.of("kcn-yen-binh"), "description",
                        "KCN Yên Bình"),
                "periodFrom", OPENED.toString(), "periodTo", TODAY.plusMonths(1).toString(),
                "openedOn", OPENED.toString()));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        assertThat(opened.header("Location")).endsWith("/api/surveys/" + opened.id());
        assertThat(opened.etag()).isEqualTo("\"0\"");

        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("taxCode", taxCode());
        finding.put("enterpriseName", "Công ty TNHH Điện tử Minh Phát");
        finding.put("ownership", "FOREIGN_INVESTED");
        finding.put("workers", 1200);
        finding.put("officialMembers", 4);
        finding.put("probationaryMembers", 1);
        finding.put("membersRegisteredAtResidence", 3);
        finding.put("officialMembersEmployed12Months", 3);
        finding.put("tradeUnion", true);
        finding.put("tradeUnionMembers", 950);
        finding.put("youthUnion", true);
        finding.put("youthUnionMembers", 300);
        finding.put("partyOrganizationExists", false);
        finding.put("ownerAttitude", "SUPPORTIVE");
        Answer found = step("/api/surveys/" + opened.id() + "/findings", opened.etag(), finding);
        step("/api/surveys/" + opened.id() + "/closure", found.etag(),
                Map.of("summary", "Đã khảo sát 1 doanh nghiệp; đủ điều kiện thành lập chi bộ."));

        assertThat(storedEvents(opened.id()))
                .containsExactly("SurveyOpened", "SurveyFindingRecorded", "SurveyClosed", "TaskCompleted");
    }

    @Test
    void a_cell_establishment_walks_from_opening_to_completion() {
        String id = api.post("/api/cell-establishments", Map.of("task", header("Thành lập chi bộ Công ty Minh Phát"),
                "enterpriseTaxCode", taxCode(), "enterpriseName", "Công ty TNHH Điện tử Minh Phát",
                "openedOn", OPENED.toString())).id();
        String path = "/api/cell-establishments/" + id;
        String etag = "\"0\"";
        etag = step(path + "/owner-engagements", etag, Map.of("attitude", "SUPPORTIVE")).etag();
        etag = step(path + "/member-pool", etag, Map.of("officialMembers", 4, "probationaryMembers", 1,
                "officialMembersEmployed12Months", 3, "memberRefs", List.of("m-1", "m-2", "m-3", "m-4", "m-5"))).etag();
        etag = step(path + "/proposal", etag, Map.of("superiorCommittee", "Đảng ủy các KCN tỉnh",
                "proposedOn", TODAY.toString())).etag();
        etag = step(path + "/establishment-decision", etag, Map.of("decisionNumber", "125-QĐ/ĐU",
                "decidedOn", TODAY.toString(), "issuingCommittee", "Ban Thường vụ Đảng ủy các KCN",
                "organizationName", "Chi bộ Công ty TNHH Điện tử Minh Phát",
                "cellCommittee", List.of(Map.of("memberRef", "m-1", "post", "SECRETARY")))).etag();
        etag = step(path + "/announcement", etag, Map.of("announcedOn", TODAY.toString(),
                "place", "Hội trường Công ty Minh Phát")).etag();
        Answer withoutKind = api.post(path + "/completion", Map.of("superiorCommitteeUnitId", unit), "If-Match", etag);
        Answer unknownCommittee = api.post(path + "/completion", Map.of("kind", "GRASSROOTS_CELL",
                "superiorCommitteeUnitId", "no-such-unit"), "If-Match", etag);
        Answer completed = step(path + "/completion", etag, Map.of("kind", "GRASSROOTS_CELL",
                "superiorCommitteeUnitId", unit));

        assertThat(withoutKind.status()).isEqualTo(400);
        assertThat(withoutKind.body().path("errors").get(0).path("field").asString()).isEqualTo("kind");
        assertThat(unknownCommittee.status()).isEqualTo(400);
        assertThat(unknownCommittee.body().path("errors").get(0).path("field").asString())
                .isEqualTo("superiorCommitteeUnitId");
        assertThat(unknownCommittee.body().path("errors").get(0).path("rule").asString())
                .isEqualTo("unknown-superior-committee");
        assertThat(completed.header("Link")).contains("/api/party-organizations/");
        assertThat(storedEvents(id)).containsExactly("CellEstablishmentOpened", "OwnerEngaged", "MemberPoolConfirmed",
                "EstablishmentProposalSubmitted", "EstablishmentDecisionIssued", "EstablishmentAnnounced",
                "CellEstablishmentCompleted", "TaskCompleted");
        String organization = completed.header("Link").replaceAll(".*/party-organizations/([^>]+)>.*", "$1");
        assertThat(jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM events.domain_event_entry
                 WHERE aggregate_identifier = ? AND sequence_number = 0""", String.class, organization))
                .as("the organization is classified from its establishment")
                .contains("\"kind\":\"GRASSROOTS_CELL\"", "\"superiorCommitteeUnitId\":\"" + unit + "\"");
    }

    @Test
    void a_member_transfer_walks_from_request_to_completion_and_counts_the_member_in_without_personal_data() {
        String enterprise = taxCode();
        Answer organization = api.post("/api/party-organizations", Map.of("enterpriseTaxCode", enterprise,
                "enterpriseName", "Công ty TNHH Điện tử Minh Phát", "organizationName", "Chi bộ Công ty Minh Phát",
                "since", "2019-05-19", "source", "INITIAL_REGISTRY", "officialMembers", 5, "probationaryMembers", 0,
                "kind", "GRASSROOTS_CELL", "superiorCommitteeUnitId", unit));
        assertThat(organization.status()).as(organization.body().toString()).isEqualTo(201);
        Answer elsewhere = api.post("/api/party-organizations/" + organization.id() + "/affiliations",
                Map.of("kind", "GRASSROOTS_COMMITTEE", "superiorCommitteeUnitId", "no-such-unit"));
        assertThat(elsewhere.status()).as(elsewhere.body().toString()).isEqualTo(400);
        assertThat(elsewhere.body().path("errors").get(0).path("rule").asString())
                .isEqualTo("unknown-superior-committee");
        assertThat(elsewhere.body().path("errors").get(0).path("field").asString())
                .isEqualTo("superiorCommitteeUnitId");
        String citizenId = "0" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
        String card = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("task", header("Chuyển sinh hoạt đảng về chi bộ Công ty Minh Phát"));
        body.put("member", Map.of("fullName", "Nguyễn Thị Hoa", "partyCardNumber", card, "citizenId", citizenId));
        body.put("direction", "RESIDENCE_TO_ENTERPRISE");
        body.put("type", "OFFICIAL");
        body.put("sendingOrganization", Map.of("name", "Chi bộ tổ dân phố 5", "unitId", otherUnit));
        body.put("receivingOrganization", Map.of("name", "Chi bộ Công ty Minh Phát", "unitId", unit,
                "enterpriseTaxCode", enterprise));
        body.put("decisionDate", OPENED.minusDays(5).toString());
        body.put("openedOn", OPENED.toString());
        Answer requested = api.post("/api/member-transfers", body);
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        String path = "/api/member-transfers/" + requested.id();
        String etag = step(path + "/introduction-letter", requested.etag(), Map.of("letterNumber", "45-GGT/ĐU")).etag();
        etag = step(path + "/letter-acceptance", etag, Map.of()).etag();
        step(path + "/completion", etag, Map.of());

        assertThat(storedEvents(requested.id())).containsExactly("MemberTransferRequested",
                "IntroductionLetterIssued", "IntroductionLetterAccepted", "MemberTransferCompleted", "TaskCompleted");
        assertThat(storedEvents(organization.id()))
                .containsExactly("ExistingPartyOrganizationRecorded", "MembersTransferredIn");
        List<byte[]> payloads = jdbc.queryForList("""
                SELECT payload FROM events.domain_event_entry WHERE aggregate_identifier = ?""", byte[].class,
                requested.id());
        assertThat(payloads).allSatisfy(payload -> assertThat(new String(payload, StandardCharsets.UTF_8))
                .doesNotContain(citizenId, card, "Nguyễn Thị Hoa"));
    }

    private String organization(String name, int official, int probationary) {
        Answer recorded = api.post("/api/party-organizations", Map.of("enterpriseTaxCode", taxCode(),
                "enterpriseName", "Công ty " + name, "organizationName", "Chi bộ Công ty " + name,
                "since", "2019-05-19", "source", "INITIAL_REGISTRY", "officialMembers", official,
                "probationaryMembers", probationary, "kind", "GRASSROOTS_CELL", "superiorCommitteeUnitId", unit));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        return recorded.id();
    }

    @Test
    void party_organizations_lose_members_otherwise_than_by_transfer_and_are_merged_and_dissolved() {
        String split = organization("CP Hưng Thịnh", 5, 1);
        String group = organization("TNHH Tập đoàn Hưng Thịnh", 3, 0);
        String merged = organization("TNHH Hưng Thịnh Logistics", 2, 0);
        String path = "/api/party-organizations/" + split;

        Answer died = api.post(path + "/exits", Map.of("reason", "DEATH", "status", "OFFICIAL", "members", 1));
        Answer tooMany = api.post(path + "/exits", Map.of("reason", "EXPULSION", "status", "PROBATIONARY",
                "members", 2));
        Answer noReason = api.post(path + "/exits", Map.of("status", "OFFICIAL", "members", 1));
        Answer intoMerged = api.post("/api/party-organizations/" + merged + "/merger",
                Map.of("intoPartyOrganizationId", group));
        Answer unaccounted = api.post(path + "/dissolution", Map.of("reason", "Doanh nghiệp chia tách",
                "successors", List.of(Map.of("partyOrganizationId", group,
                        "members", Map.of("official", 3, "probationary", 1, "temporary", 0)))));
        Answer dissolved = api.post(path + "/dissolution", Map.of("reason", "Doanh nghiệp chia tách",
                "successors", List.of(Map.of("partyOrganizationId", group,
                        "members", Map.of("official", 3, "probationary", 1, "temporary", 0))),
                "leaving", Map.of("official", 1, "probationary", 0, "temporary", 0)));
        Answer afterwards = api.post(path + "/admissions", Map.of("admitted", 1));

        assertThat(died.status()).as(died.body().toString()).isEqualTo(200);
        assertThat(tooMany.status()).as(tooMany.body().toString()).isEqualTo(409);
        assertThat(tooMany.body().path("errors").get(0).path("rule").asString()).isEqualTo("not-enough-members");
        assertThat(tooMany.body().path("errors").get(0).path("field").asString()).isEqualTo("members");
        assertThat(tooMany.body().path("detail").asString()).contains("1 đảng viên dự bị");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(intoMerged.status()).as(intoMerged.body().toString()).isEqualTo(200);
        assertThat(unaccounted.status()).isEqualTo(409);
        assertThat(unaccounted.body().path("errors").get(0).path("rule").asString())
                .isEqualTo("members-not-accounted-for");
        assertThat(dissolved.status()).as(dissolved.body().toString()).isEqualTo(200);
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.body().path("errors").get(0).path("rule").asString()).isEqualTo("organization-closed");
        assertThat(storedEvents(split)).containsExactly("ExistingPartyOrganizationRecorded", "MembersLeft",
                "PartyOrganizationDissolved");
        assertThat(storedEvents(merged)).containsExactly("ExistingPartyOrganizationRecorded",
                "PartyOrganizationMerged");
        assertThat(storedEvents(group)).containsExactly("ExistingPartyOrganizationRecorded", "MembersReceived",
                "MembersReceived");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM command.party_organization_enterprise WHERE party_organization_id IN (?, ?, ?)""",
                Integer.class, split, group, merged)).as("only the organization that took the members stays open")
                .isEqualTo(1);
    }

    @Test
    void a_training_course_walks_from_plan_to_closure() {
        Answer planned = api.post("/api/training-courses", Map.of("task", header("Lớp bồi dưỡng nhận thức về Đảng"),
                "courseKind", "PARTY_AWARENESS", "organizerUnitId", unit,
                "plannedStart", TODAY.toString(), "plannedEnd", TODAY.plusDays(4).toString(), "capacity", 2,
                "openedOn", OPENED.toString()));
        assertThat(planned.status()).as(planned.body().toString()).isEqualTo(201);
        String path = "/api/training-courses/" + planned.id();
        String etag = step(path + "/enrolments", planned.etag(), Map.of("participants", List.of(
                Map.of("participantRef", "p-1", "unitId", unit), Map.of("participantRef", "p-2", "unitId", unit)))).etag();
        Answer overCapacity = api.post(path + "/enrolments", Map.of("participants",
                List.of(Map.of("participantRef", "p-3", "unitId", unit))), "If-Match", etag);
        assertThat(overCapacity.status()).isEqualTo(409);
        assertThat(overCapacity.body().path("errors").get(0).path("rule").asString()).isEqualTo("capacity-exceeded");
        etag = step(path + "/opening", etag, Map.of()).etag();
        etag = step(path + "/results", etag, Map.of("results", List.of(
                Map.of("participantRef", "p-1", "attended", true, "passed", true, "certificateIssued", true),
                Map.of("participantRef", "p-2", "attended", true, "passed", false, "certificateIssued", false)))).etag();
        step(path + "/closure", etag, Map.of());

        assertThat(storedEvents(planned.id())).containsExactly("TrainingCoursePlanned", "ParticipantsEnrolled",
                "TrainingCourseOpened", "ParticipantResultsRecorded", "TrainingCourseClosed", "TaskCompleted");
    }

    @Test
    void a_candidate_is_admitted_after_the_awareness_course_the_course_recorded_and_refused_without_it() {
        String enterprise = taxCode();
        Answer organization = api.post("/api/party-organizations", Map.of("enterpriseTaxCode", enterprise,
                "enterpriseName", "Công ty CP Hòa Bình", "organizationName", "Chi bộ Công ty CP Hòa Bình",
                "since", "2019-05-19", "source", "INITIAL_REGISTRY", "officialMembers", 5, "probationaryMembers", 0,
                "kind", "GRASSROOTS_CELL", "superiorCommitteeUnitId", unit));
        String passed = "qc-" + UUID.randomUUID();
        String failed = "qc-" + UUID.randomUUID();
        Answer course = api.post("/api/training-courses", Map.of("task", header("Lớp nhận thức về Đảng"),
                "courseKind", "PARTY_AWARENESS", "organizerUnitId", unit, "plannedStart", OPENED.toString(),
                "plannedEnd", OPENED.plusDays(4).toString(), "capacity", 2, "openedOn", OPENED.toString()));
        String path = "/api/training-courses/" + course.id();
        String etag = step(path + "/enrolments", course.etag(), Map.of("participants", List.of(
                Map.of("participantRef", passed, "unitId", unit), Map.of("participantRef", failed, "unitId", unit))))
                .etag();
        etag = step(path + "/opening", etag, Map.of()).etag();
        step(path + "/results", etag, Map.of("results", List.of(
                Map.of("participantRef", passed, "attended", true, "passed", true, "certificateIssued", true),
                Map.of("participantRef", failed, "attended", true, "passed", false, "certificateIssued", false))));
        for (String candidate : List.of(passed, failed)) {
            Answer registered = api.post("/api/candidates", Map.of("candidateRef", candidate,
                    "enterpriseTaxCode", enterprise, "category", "OWNER"));
            assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        }

        Answer notPassed = api.post("/api/candidates/" + failed + "/awareness-course",
                Map.of("trainingCourseId", course.id()));
        Answer withoutCourse = api.post("/api/candidates/" + failed + "/admission",
                Map.of("partyOrganizationId", organization.id()));

        assertThat(notPassed.status()).isEqualTo(409);
        assertThat(notPassed.body().path("errors").get(0).path("rule").asString()).isEqualTo("course-not-passed");
        assertThat(withoutCourse.status()).as(withoutCourse.body().toString()).isEqualTo(409);
        assertThat(withoutCourse.body().path("errors").get(0).path("rule").asString())
                .isEqualTo("awareness-course-required");
        assertThat(withoutCourse.body().path("errors").get(0).path("field").asString()).isEqualTo("courseWaiverReason");
        assertThat(withoutCourse.body().path("detail").asString()).contains("lớp bồi dưỡng nhận thức về Đảng");
        assertThat(storedEvents("candidate:" + failed)).containsExactly("CandidateRegistered");

        step("/api/candidates/" + passed + "/awareness-course", "\"0\"", Map.of("trainingCourseId", course.id()));
        step("/api/candidates/" + passed + "/admission", "\"1\"", Map.of("partyOrganizationId", organization.id()));
        Answer early = api.post("/api/candidates/" + passed + "/recognition", Map.of());

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().path("errors").get(0).path("rule").asString()).isEqualTo("probation-twelve-months");
        assertThat(storedEvents("candidate:" + passed))
                .containsExactly("CandidateRegistered", "AwarenessCoursePassed", "CandidateAdmitted");
        assertThat(storedEvents(organization.id())).containsExactly("ExistingPartyOrganizationRecorded",
                "NewMembersAdmitted");
    }

    @Test
    void the_shared_steps_extend_reassign_and_cancel_any_kind() {
        Answer opened = api.post("/api/surveys", Map.of("task", header("Khảo sát xã Tân Cương"),
                "scope", Map.of("kind", "COMMUNE", "references", List.of(unit), "description", "Xã Tân Cương"),
                "periodFrom", OPENED.toString(), "periodTo", TODAY.toString(), "openedOn", OPENED.toString()));
        String path = "/api/surveys/" + opened.id();
        Answer requested = api.post(path + "/extension-requests", Map.of("requestedDueDate",
                TODAY.plusMonths(5).toString(), "reason", "Doanh nghiệp chưa bố trí lịch"), "If-Match", opened.etag(),
                "X-Actor", member, "X-Actor-Roles", "STEERING_MEMBER");
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        String extension = requested.header("Location").substring(requested.header("Location").lastIndexOf('/') + 1);

        Answer refused = api.post(path + "/extension-requests/" + extension + "/approval", Map.of(),
                "X-Actor", member, "X-Actor-Roles", "STEERING_MEMBER");
        assertThat(refused.status()).isEqualTo(403);
        String etag = step(path + "/extension-requests/" + extension + "/approval", requested.etag(), Map.of()).etag();
        String other = api.member(unit);
        etag = step(path + "/reassignments", etag, Map.of("toMemberId", other, "reason", "Phân công lại")).etag();
        step(path + "/cancellation", etag, Map.of("reason", "Gộp vào nhiệm vụ khảo sát toàn tỉnh"));

        assertThat(storedEvents(opened.id())).containsExactly("SurveyOpened", "DueDateExtensionRequested",
                "DueDateExtensionApproved", "TaskReassigned", "TaskCancelled");
    }

    @Test
    void a_stale_if_match_answers_412_and_stores_nothing() {
        Answer opened = api.post("/api/surveys", Map.of("task", header("Khảo sát KCN Điềm Thụy"),
                "scope", Map.of("kind", "INDUSTRIAL_ZONE", "references", List.of("kcn-diem-thuy"), "description", "KCN"),
                "periodFrom", OPENED.toString(), "periodTo", TODAY.toString(), "openedOn", OPENED.toString()));
        String path = "/api/surveys/" + opened.id();
        Answer changed = api.post(path + "/extension-requests", Map.of("requestedDueDate",
                TODAY.plusMonths(5).toString(), "reason", "Chờ số liệu"), "If-Match", opened.etag());
        assertThat(changed.status()).isEqualTo(201);

        Answer stale = api.post(path + "/cancellation", Map.of("reason", "Trùng nhiệm vụ"), "If-Match", opened.etag());

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().path("type").asString()).isEqualTo("urn:directives:problem:stale-version");
        assertThat(stale.etag()).as("the 412 names the current version").isEqualTo(changed.etag()).isNotNull();
        assertThat(stale.body().path("position").asLong())
                .as("and the position of the change that made it stale, to read the query side at")
                .isEqualTo(changed.body().path("position").asLong()).isPositive();
        assertThat(stale.raw().headers().firstValue("X-Event-Position"))
                .hasValue(Long.toString(changed.body().path("position").asLong()));
        assertThat(storedEvents(opened.id())).containsExactly("SurveyOpened", "DueDateExtensionRequested");
    }

    @Test
    void a_replayed_idempotency_key_takes_effect_once_and_answers_the_same() {
        String key = "retry-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("task", header("Khảo sát KCN Sông Công"),
                "scope", Map.of("kind", "INDUSTRIAL_ZONE", "references", List.of("kcn-song-cong"), "description", "KCN"),
                "periodFrom", OPENED.toString(), "periodTo", TODAY.toString(), "openedOn", OPENED.toString());

        Answer first = api.post("/api/surveys", body, "Idempotency-Key", key);
        Answer retry = api.post("/api/surveys", body, "Idempotency-Key", key);
        Answer otherBody = api.post("/api/surveys", Map.of("task", header("Khác")), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(otherBody.status()).isEqualTo(422);
        Integer surveysWithThisTitle = jdbc.queryForObject("""
                SELECT count(*) FROM events.domain_event_entry
                 WHERE payload_type LIKE '%SurveyOpened' AND convert_from(payload, 'UTF8') LIKE ?""", Integer.class,
                "%\"directiveId\":\"" + directive + "\"%Khảo sát KCN Sông Công%");
        assertThat(surveysWithThisTitle).isEqualTo(1);
    }
}
