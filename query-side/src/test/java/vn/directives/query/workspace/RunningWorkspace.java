package vn.directives.query.workspace;

import vn.directives.command.support.TestAccounts;
import vn.directives.query.infrastructure.BothSides;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Both applications started for a browser test class (in its {@code @BeforeAll}) and stopped again
 * in its {@code @AfterAll}: a query side left running until the JVM exits would keep claiming the
 * projections' tokens, and a later test that rebuilds a projection through its own instance could
 * not claim them. Each class gets a small province recorded through the command
 * side's API: two units, a Steering Committee member, a directive and three surveys, one overdue,
 * one due within days, one due in two months.
 */
final class RunningWorkspace {

    private static RunningWorkspace running;

    final BothSides sides;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String organizationUnitId;
    final String districtUnitId;
    final String memberId = "member-" + suffix;
    final String memberName = "Phạm Văn Hùng " + suffix;
    final String directiveId;
    final String directiveNumber;
    final String overdueSurveyId;
    final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    private RunningWorkspace() {
        sides = BothSides.start(List.of());
        sides.awaitCaughtUp(java.time.Duration.ofSeconds(90));
        organizationUnitId = id(post("/api/units", """
                {"name": "Ban Tổ chức Tỉnh ủy", "kind": "ORGANIZATION_COMMITTEE", "effectiveOn": "2015-01-01"}"""));
        districtUnitId = id(post("/api/units", """
                {"name": "Huyện ủy Phú Bình %s", "kind": "DISTRICT_PARTY_COMMITTEE", "effectiveOn": "2015-01-01"}"""
                .formatted(suffix)));
        post("/api/steering-committee/members", """
                {"memberId": "%s", "displayName": "%s", "post": "Phó Trưởng Ban Chỉ đạo",
                 "email": "hung@example.invalid", "unitIds": ["%s"], "areas": ["Doanh nghiệp tư nhân"],
                 "effectiveOn": "2020-01-10"}""".formatted(memberId, memberName, districtUnitId));
        directiveNumber = (1000 + (int) (Math.random() * 8999)) + "-CT/TU";
        directiveId = id(post("/api/directives", """
                {"number": "%s", "kind": "DIRECTIVE", "issuedOn": "2022-12-23", "issuingBody": "Ban Thường vụ Tỉnh ủy",
                 "title": "Về tăng cường xây dựng tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước",
                 "points": [{"number": 1, "text": "Nâng cao nhận thức"}, {"number": 2, "text": "Khảo sát doanh nghiệp"}],
                 "leadUnitId": "%s",
                 "cadence": {"cutOffMonth": 11, "cutOffDay": 15, "reportTo": "Ban Thường vụ Tỉnh ủy"},
                 "targets": [
                   {"indicator": "I1", "description": "Ít nhất 15%% doanh nghiệp có tổ chức đảng", "thresholdPercent": 15, "horizonYear": 2030},
                   {"indicator": "I2", "description": "Ít nhất 80%% doanh nghiệp đủ điều kiện thành lập", "thresholdPercent": 80, "horizonYear": 2030},
                   {"indicator": "I3", "description": "Ít nhất 70%% doanh nghiệp có công đoàn", "thresholdPercent": 70, "horizonYear": 2030},
                   {"indicator": "I4", "description": "Ít nhất 80%% tổ chức đảng kết nạp đảng viên", "thresholdPercent": 80, "horizonYear": 2030}]}"""
                .formatted(directiveNumber, organizationUnitId)));
        overdueSurveyId = survey("Khảo sát doanh nghiệp KCN Yên Bình", today.minusDays(10));
        survey("Khảo sát doanh nghiệp tư nhân huyện Phú Bình", today.plusDays(2));
        survey("Khảo sát tổ chức công đoàn cơ sở", today.plusDays(60));
        sides.awaitCaughtUp(java.time.Duration.ofSeconds(30));
    }

    static synchronized RunningWorkspace get() {
        if (running == null) {
            running = new RunningWorkspace();
        }
        return running;
    }

    /** Stops both applications, so that the query side releases its token claims before the next test class. */
    static synchronized void stop() {
        if (running != null) {
            try {
                running.sides.close();
            } finally {
                running = null;
            }
        }
    }

    String baseUrl() {
        return sides.queryUri("").toString();
    }

    /** A test account with exactly these roles and unit; its password is {@link TestAccounts#password}. */
    static String account(String username, String roles, String unitId) {
        TestAccounts.basic(username, roles, unitId);
        return TestAccounts.password(username, roles, unitId);
    }

    private String survey(String title, LocalDate due) {
        LocalDate opened = today.minusDays(30);
        return id(post("/api/surveys", """
                {"task": {"directiveId": "%s", "pointNumber": 2, "title": "%s", "leadUnitId": "%s",
                          "coordinatingUnitIds": ["%s"], "assigneeId": "%s", "dueDate": "%s"},
                 "scope": {"kind": "INDUSTRIAL_ZONE", "references": ["kcn-yen-binh"], "description": "KCN Yên Bình"},
                 "periodFrom": "%s", "periodTo": "%s", "openedOn": "%s"}"""
                .formatted(directiveId, title, districtUnitId, organizationUnitId, memberId, due, opened,
                        opened.plusDays(20), opened)));
    }

    private HttpResponse<String> post(String path, String json) {
        return BothSides.require(sides.postCommand(path, json), 201);
    }

    private static String id(HttpResponse<String> response) {
        return BothSides.json(response).get("id").asString();
    }
}
