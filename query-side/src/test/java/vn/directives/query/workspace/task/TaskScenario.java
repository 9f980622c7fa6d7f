package vn.directives.query.workspace.task;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.support.TestAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the task pages' tests stand on, set up through the command side's API as the
 * Organization Committee: a lead unit, two Steering Committee members (each with an account whose
 * user name is their member id) and a directive with three points.
 */
public final class TaskScenario {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public final String commandSide;
    public final String unitId;
    public final String unitName;
    public final String memberId;
    public final String memberName;
    public final String otherMemberId;
    public final String directiveId;
    public final String directiveNumber;
    final String clerk = TestAccounts.organizationCommittee();

    public TaskScenario(String commandSide) {
        this.commandSide = commandSide;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        unitName = "Đảng ủy các Khu công nghiệp " + suffix;
        unitId = id(post("/api/units", """
                {"name": "%s", "kind": "INDUSTRIAL_ZONES_PARTY_COMMITTEE", "effectiveOn": "2015-01-01"}"""
                .formatted(unitName)));
        memberId = "tv-" + suffix;
        memberName = "Phạm Văn Hùng " + suffix;
        otherMemberId = "tv2-" + suffix;
        appoint(memberId, memberName);
        appoint(otherMemberId, "Nguyễn Thị Lan " + suffix);
        directiveNumber = (100 + Math.abs(suffix.hashCode() % 900)) + "-CT/TU";
        directiveId = id(post("/api/directives", """
                {"number": "%s", "kind": "DIRECTIVE", "issuedOn": "2022-12-23", "issuingBody": "Ban Thường vụ Tỉnh ủy",
                 "title": "Về tăng cường xây dựng tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước",
                 "points": [{"number": 1, "text": "Quán triệt"}, {"number": 2, "text": "Khảo sát"},
                            {"number": 3, "text": "Thành lập tổ chức đảng"}],
                 "leadUnitId": "%s",
                 "cadence": {"cutOffMonth": 11, "cutOffDay": 15, "reportTo": "Ban Thường vụ Tỉnh ủy"}}"""
                .formatted(directiveNumber, unitId)));
    }

    /** A survey assigned to the scenario's member, opened through the API; its id. */
    public String openSurvey(String title) {
        return id(post("/api/surveys", """
                {"task": {"directiveId": "%s", "pointNumber": 2, "title": "%s", "leadUnitId": "%s",
                          "coordinatingUnitIds": [], "assigneeId": "%s", "dueDate": "%s"},
                 "scope": {"kind": "INDUSTRIAL_ZONE", "references": ["kcn-yen-binh"]},
                 "periodFrom": "%s", "periodTo": "%s"}"""
                .formatted(directiveId, title, unitId, memberId, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(2),
                        LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(10), LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1))));
    }

    /** A cell establishment at an enterprise, assigned to the scenario's member; its id. */
    public String openCellEstablishment(String title, String taxCode, String enterpriseName) {
        return id(post("/api/cell-establishments", """
                {"task": {"directiveId": "%s", "pointNumber": 3, "title": "%s", "leadUnitId": "%s",
                          "coordinatingUnitIds": [], "assigneeId": "%s", "dueDate": "%s"},
                 "enterpriseTaxCode": "%s", "enterpriseName": "%s", "openedOn": "%s"}"""
                .formatted(directiveId, title, unitId, memberId, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(3), taxCode, enterpriseName,
                        LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(30))));
    }

    /** A member's official transfer into an enterprise (by its tax code), decided on {@code decisionDate}; its id. */
    public String openMemberTransfer(String title, String receivingUnitId, String taxCode, LocalDate decisionDate) {
        return id(post("/api/member-transfers", """
                {"task": {"directiveId": "%s", "pointNumber": 2, "title": "%s", "leadUnitId": "%s",
                          "coordinatingUnitIds": [], "assigneeId": "%s", "dueDate": "%s"},
                 "member": {"fullName": "Nguyễn Thị Thu Hà", "partyCardNumber": "80123456", "citizenId": "019185004127"},
                 "direction": "RESIDENCE_TO_ENTERPRISE", "type": "OFFICIAL",
                 "sendingOrganization": {"name": "Chi bộ Tổ dân phố 7", "unitId": "%s"},
                 "receivingOrganization": {"name": "Chi bộ Công ty TNHH Minh Phát", "unitId": "%s",
                                           "enterpriseTaxCode": "%s"},
                 "decisionDate": "%s", "openedOn": "%s"}"""
                .formatted(directiveId, title, unitId, memberId, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(2), unitId, receivingUnitId,
                        taxCode, decisionDate, decisionDate.plusDays(7))));
    }

    /** A training course organized by the scenario's unit, assigned to its member; its id. */
    public String openTrainingCourse(String title) {
        return id(post("/api/training-courses", """
                {"task": {"directiveId": "%s", "pointNumber": 3, "title": "%s", "leadUnitId": "%s",
                          "coordinatingUnitIds": [], "assigneeId": "%s", "dueDate": "%s"},
                 "courseKind": "PARTY_WORK_SKILLS", "organizerUnitId": "%s",
                 "plannedStart": "%s", "plannedEnd": "%s", "capacity": 4, "openedOn": "%s"}"""
                .formatted(directiveId, title, unitId, memberId, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(2), unitId,
                        LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3), LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1), LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(20))));
    }

    /** A general task led by the scenario's unit, coordinated by {@code coordinatingUnitId}, assigned to its member; its id. */
    public String openGeneralTask(String title, String coordinatingUnitId) {
        return id(post("/api/general-tasks", """
                {"task": {"directiveId": "%s", "pointNumber": 1, "title": "%s", "leadUnitId": "%s",
                          "coordinatingUnitIds": ["%s"], "assigneeId": "%s", "dueDate": "%s"},
                 "expectedProduct": "Hội nghị", "openedOn": "%s"}"""
                .formatted(directiveId, title, unitId, coordinatingUnitId, memberId, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(2),
                        LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(10))));
    }

    /** A provincial unit of its own (not below the scenario's), e.g. to coordinate a task; its id. */
    public String unit(String name, String kind) {
        return id(post("/api/units", """
                {"name": "%s", "kind": "%s", "effectiveOn": "2015-01-01"}""".formatted(name, kind)));
    }

    /**
     * Another user's change to a survey, made through the API while a page of it is open: the
     * Organization Committee asks for its due date to move to {@code requestedDueDate}.
     */
    public void requestSurveyExtension(String taskId, LocalDate requestedDueDate, String reason) {
        post("/api/surveys/" + taskId + "/extension-requests", """
                {"requestedDueDate": "%s", "reason": "%s"}""".formatted(requestedDueDate, reason));
    }

    /** An enterprise of the registry, operating since 2020 in a ward of its own. */
    public record RegisteredEnterprise(String taxCode, String name, String wardId) {
    }

    /** Registers an operating enterprise named {@code name} in a new ward; its tax code has a right check digit. */
    public RegisteredEnterprise enterprise(String name) {
        String ward = id(post("/api/units", """
                {"name": "Đảng ủy phường %s", "kind": "WARD", "effectiveOn": "2015-01-01"}""".formatted(name)));
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        String taxCode;
        while (true) {
            String nine = "46" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += weights[i] * (nine.charAt(i) - '0');
            }
            if (10 - sum % 11 < 10) {
                taxCode = nine + (10 - sum % 11);
                break;
            }
        }
        post("/api/enterprises", """
                {"taxCode": "%s", "name": "%s", "address": "Tổ 1", "communeUnitId": "%s", "ownership": "PRIVATE",
                 "workers": 300, "effectiveOn": "2020-01-02"}""".formatted(taxCode, name, ward));
        return new RegisteredEnterprise(taxCode, name, ward);
    }

    /** A unit registered under the scenario's unit (so a lower level of it); its id. */
    public String unitUnder(String name) {
        return id(post("/api/units", """
                {"name": "%s", "kind": "OTHER", "parentUnitId": "%s", "effectiveOn": "2015-01-01"}"""
                .formatted(name, unitId)));
    }

    private void appoint(String id, String name) {
        post("/api/steering-committee/members", """
                {"memberId": "%s", "displayName": "%s", "post": "Phó Trưởng Ban Chỉ đạo", "email": "%s@example.vn",
                 "unitIds": ["%s"],
                 "areas": ["Doanh nghiệp tại KCN"], "effectiveOn": "2023-01-10"}""".formatted(id, name, id, unitId));
    }

    /** A POST to the command side as the Organization Committee, which must succeed. */
    HttpResponse<String> post(String path, String json) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(commandSide + path))
                .header("Content-Type", "application/json").header("Authorization", clerk)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
        return response;
    }

    static String id(HttpResponse<String> response) {
        JsonNode body = JSON.readTree(response.body());
        return body.get("id").asString();
    }

    static long position(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("position").asLong();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
