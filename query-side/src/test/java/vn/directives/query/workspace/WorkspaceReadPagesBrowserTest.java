package vn.directives.query.workspace;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.query.infrastructure.BothSides;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.directives.events.urging.TaskReminderIssued;
import vn.directives.query.ProjectionDriver;
import vn.directives.query.infrastructure.BothSides;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reading pages in a real Chromium: directives and a directive's tasks by point, units and the
 * Steering Committee at a date, a member's notifications marked read in place (htmx), and the
 * inspectors' audit search with its CSV. Each page photographed and checked with axe-core.
 */
class WorkspaceReadPagesBrowserTest {

    private static RunningWorkspace workspace;
    private static Browser browser;
    private static String clerk;
    private static String clerkPassword;

    @BeforeAll
    static void start() {
        workspace = RunningWorkspace.get();
        browser = new Browser(workspace.baseUrl());
        clerk = "clerk-" + workspace.suffix;
        clerkPassword = RunningWorkspace.account(clerk, "ORGANIZATION_COMMITTEE", null);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            RunningWorkspace.stop();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.forgetSession();
    }

    @Test
    void a_directive_lists_its_tasks_grouped_by_point() {
        browser.signIn(clerk, clerkPassword).open("/directives");
        assertThat(browser.text("[data-test=directives]")).contains(workspace.directiveNumber);
        browser.screenshots("directives");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.find("[data-test=directives]").findElement(By.linkText(workspace.directiveNumber)).click();
        assertThat(browser.path()).isEqualTo("/directives/" + workspace.directiveId);
        assertThat(browser.all("[data-test=point-2] tbody tr")).hasSize(3);
        assertThat(browser.all("[data-test=point-1]")).isEmpty();
        browser.screenshots("directive");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void units_and_the_steering_committee_are_shown_as_at_a_date() {
        browser.signIn(clerk, clerkPassword).open("/units");
        assertThat(browser.text("[data-test=units]")).contains("Huyện ủy Phú Bình " + workspace.suffix);
        browser.screenshots("units");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.open("/units?at=2014-12-31");
        assertThat(browser.text("main")).doesNotContain("Huyện ủy Phú Bình " + workspace.suffix);

        browser.open("/steering-committee");
        WebElement members = browser.find("[data-test=members]");
        assertThat(members.getText()).contains(workspace.memberName, "Huyện ủy Phú Bình " + workspace.suffix);
        browser.screenshots("steering-committee");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void enterprises_are_listed_with_the_indicators_at_the_date() {
        browser.signIn(clerk, clerkPassword);
        // seen once in CI: the list drawn with three of its four items (cause not found yet);
        // the page is opened again until it has all four, and the count is still asserted below
        browser.await(Duration.ofSeconds(20))
                .until(driver -> browser.open("/enterprises").all("[data-test=indicators] li").size() == 4);
        assertThat(browser.all("[data-test=indicators] li")).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).startsWith("I1"))
                .hasSize(4);
        browser.screenshots("enterprises");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void member_development_lists_candidates_with_their_next_step_and_recognitions_coming_due() {
        String taxCode = "46" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String organization = BothSides.json(BothSides.require(workspace.sides.postCommand("/api/party-organizations", """
                {"enterpriseTaxCode": "%s", "enterpriseName": "Công ty CP Hòa Bình %s",
                 "organizationName": "Chi bộ Công ty CP Hòa Bình", "kind": "GRASSROOTS_CELL",
                 "superiorCommitteeUnitId": "%s", "since": "2019-05-19", "source": "INITIAL_REGISTRY",
                 "officialMembers": 5, "probationaryMembers": 0}"""
                .formatted(taxCode, workspace.suffix, workspace.districtUnitId)), 201)).get("id").asString();
        String owner = "qc-owner-" + workspace.suffix;
        String worker = "qc-worker-" + workspace.suffix;
        for (String ref : java.util.List.of(owner, worker)) {
            BothSides.require(workspace.sides.postCommand("/api/candidates", """
                    {"candidateRef": "%s", "enterpriseTaxCode": "%s", "category": "%s", "effectiveOn": "%s"}"""
                    .formatted(ref, taxCode, ref.equals(owner) ? "OWNER" : "DIRECT_PRODUCTION_WORKER",
                            workspace.today.minusMonths(13))), 201);
        }
        BothSides.require(workspace.sides.postCommand("/api/candidates/" + owner + "/admission", """
                {"partyOrganizationId": "%s", "courseWaiverReason": "Lớp năm nay chưa mở", "effectiveOn": "%s"}"""
                .formatted(organization, workspace.today.minusMonths(12).plusDays(10))), 200);
        workspace.sides.awaitCaughtUp(Duration.ofSeconds(30));

        browser.signIn(clerk, clerkPassword).open("/enterprises");
        browser.find("[data-test=candidates-link]").click();
        browser.open("/enterprises/candidates?enterprise=" + taxCode);

        assertThat(browser.text("[data-test=recognitions-due]")).contains(owner).doesNotContain(worker);
        assertThat(browser.text("[data-test=candidates]")).contains(owner, "Đảng viên dự bị", worker,
                "Học lớp bồi dưỡng nhận thức về Đảng");
        browser.screenshots("candidates");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    /**
     * The member development steps in their forms: a candidate registered (a reference that could be
     * a name refused beside its field first), admitted without the course only once a reason is given,
     * due for recognition in the reminder, refused recognition before twelve months beside the date,
     * then recognized; another candidate's awareness course taken from a course's results, picked by
     * its title, and that candidate then dropped with a reason. Each refusal changes nothing; each
     * accepted step shows the new state at once.
     */
    @Test
    void member_development_steps_are_taken_in_their_forms_refusals_beside_the_field() {
        String taxCode = "47" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String organizationName = "Chi bộ Công ty TNHH Sông Công " + workspace.suffix;
        BothSides.require(workspace.sides.postCommand("/api/party-organizations", """
                {"enterpriseTaxCode": "%s", "enterpriseName": "Công ty TNHH Sông Công %s",
                 "organizationName": "%s", "kind": "GRASSROOTS_CELL",
                 "superiorCommitteeUnitId": "%s", "since": "2018-03-01", "source": "INITIAL_REGISTRY",
                 "officialMembers": 4, "probationaryMembers": 0}"""
                .formatted(taxCode, workspace.suffix, organizationName, workspace.districtUnitId)), 201);
        String learner = "qc-hv-" + workspace.suffix;
        BothSides.require(workspace.sides.postCommand("/api/candidates", """
                {"candidateRef": "%s", "enterpriseTaxCode": "%s", "category": "DIRECT_PRODUCTION_WORKER",
                 "effectiveOn": "%s"}""".formatted(learner, taxCode, workspace.today.minusMonths(2))), 201);
        String course = "Lớp bồi dưỡng nhận thức về Đảng khu công nghiệp " + workspace.suffix;
        passedAwarenessCourse(course, learner);
        workspace.sides.awaitCaughtUp(Duration.ofSeconds(30));
        java.time.format.DateTimeFormatter typed = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String ref = "qc-chu-dn-" + workspace.suffix;

        browser.signIn(clerk, clerkPassword).open("/enterprises/candidates?enterprise=" + taxCode);
        browser.find("#registration summary").click();
        assertThat(browser.find("#f-registration-enterpriseTaxCode").getDomProperty("value")).isEqualTo(taxCode);
        browser.fill("#f-registration-candidateRef", "Nguyễn Văn An")
                .choose("#f-registration-category", "OWNER")
                .fill("#f-registration-effectiveOn", workspace.today.minusMonths(13).format(typed))
                .submit("registration");
        assertThat(browser.text("#f-registration-candidateRef-error")).as("refused beside the reference").isNotBlank();
        assertThat(browser.text("#error-summary")).contains("Mã bí danh");
        assertThat(browser.text("[data-test=candidates]")).as("nothing registered").doesNotContain("Nguyễn Văn An")
                .contains(learner);
        browser.screenshots("candidates-refused");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.fill("#f-registration-candidateRef", ref).submit("registration");
        assertThat(browser.path()).startsWith("/enterprises/candidates/" + ref);
        assertThat(browser.text("[data-test=done]")).contains("Đã đăng ký quần chúng ưu tú");
        assertThat(browser.text("#candidate-state")).contains("Công ty TNHH Sông Công " + workspace.suffix,
                "Chủ doanh nghiệp", "Quần chúng ưu tú");

        // admission without the course and without a reason: refused beside the reason, nothing recorded
        assertThat(browser.find("#f-admission-partyOrganizationId option:checked").getText())
                .as("the enterprise's Party organization, by its name").isEqualTo(organizationName);
        String admittedOn = workspace.today.minusMonths(12).minusDays(1).format(typed);
        browser.fill("#f-admission-effectiveOn", admittedOn).submit("admission");
        assertThat(browser.text("#f-admission-courseWaiverReason-error")).contains("chưa học lớp bồi dưỡng nhận thức về Đảng");
        assertThat(browser.text("[data-test=status]")).isEqualTo("Quần chúng ưu tú");
        browser.screenshots("candidate-refused");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fill("#f-admission-courseWaiverReason", "Lớp bồi dưỡng năm nay chưa mở")
                .fill("#f-admission-effectiveOn", admittedOn).submit("admission");
        assertThat(browser.text("[data-test=status]")).isEqualTo("Đảng viên dự bị");
        assertThat(browser.text("[data-test=admitted]")).contains(admittedOn, organizationName);
        assertThat(browser.text("[data-test=waiver]")).isEqualTo("Lớp bồi dưỡng năm nay chưa mở");

        browser.find("[data-test=candidate-back]").click();
        assertThat(browser.text("[data-test=recognitions-due-reminder]")).contains("đến hạn công nhận chính thức");
        assertThat(browser.text("[data-test=recognitions-due]")).contains(ref);
        browser.screenshots("candidates-forms");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // recognition before twelve months: refused beside the date; then today, recognized
        browser.open("/enterprises/candidates/" + ref);
        browser.fill("#f-recognition-effectiveOn", workspace.today.minusMonths(6).format(typed)).submit("recognition");
        assertThat(browser.text("#f-recognition-effectiveOn-error")).contains("Chưa đủ 12 tháng");
        assertThat(browser.text("[data-test=status]")).isEqualTo("Đảng viên dự bị");
        browser.fill("#f-recognition-effectiveOn", "").submit("recognition");
        assertThat(browser.text("[data-test=status]")).isEqualTo("Đảng viên chính thức");
        assertThat(browser.text("[data-test=recognized]")).isEqualTo(workspace.today.format(typed));
        assertThat(browser.all("section.command-form")).as("no step left").isEmpty();

        // the awareness course, picked by the course's title
        browser.open("/enterprises/candidates/" + learner);
        WebElement choice = browser.all("#f-course-trainingCourseId option").stream()
                .filter(option -> option.getText().equals(course)).findFirst().orElseThrow();
        browser.choose("#f-course-trainingCourseId", choice.getDomProperty("value")).submit("course");
        assertThat(browser.text("[data-test=course]")).contains(course, workspace.today.format(typed));
        assertThat(browser.text("[data-test=next-step]")).isEqualTo("Xem xét kết nạp");
        assertThat(browser.all("#f-admission-courseWaiverReason")).as("no waiver once the course is passed").isEmpty();
        browser.screenshots("candidate");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // the learner left the enterprise: dropped with the reason, no step left
        String left = workspace.today.minusDays(3).format(typed);
        browser.fill("#f-drop-reason", "Đã nghỉ việc ở doanh nghiệp").fill("#f-drop-effectiveOn", left).submit("drop");
        assertThat(browser.text("[data-test=done]")).isEqualTo("Đã ghi nhận thôi theo dõi quần chúng.");
        assertThat(browser.text("[data-test=status]")).isEqualTo("Thôi theo dõi");
        assertThat(browser.text("[data-test=dropped]")).isEqualTo(left + " – Đã nghỉ việc ở doanh nghiệp");
        assertThat(browser.all("section.command-form")).as("nothing follows a drop").isEmpty();
    }

    /**
     * A Party awareness course, opened, enrolled, opened and with the learner's pass recorded, through
     * the API; given to a member of its own, so that the other walks' member gets no notification more.
     */
    private static void passedAwarenessCourse(String title, String learner) {
        String teacher = "member-lop-" + workspace.suffix;
        BothSides.require(workspace.sides.postCommand("/api/steering-committee/members", """
                {"memberId": "%s", "displayName": "Trần Thị Lan %s", "post": "Ủy viên Ban Chỉ đạo",
                 "email": "lan@example.invalid", "areas": ["Bồi dưỡng chính trị"], "effectiveOn": "2020-01-10"}""".formatted(teacher, workspace.suffix)), 201);
        String id = BothSides.json(BothSides.require(workspace.sides.postCommand("/api/training-courses", """
                {"task": {"directiveId": "%s", "pointNumber": 1, "title": "%s", "leadUnitId": "%s",
                          "assigneeId": "%s", "dueDate": "%s"},
                 "courseKind": "PARTY_AWARENESS", "organizerUnitId": "%s", "plannedStart": "%s",
                 "plannedEnd": "%s", "capacity": 30}""".formatted(workspace.directiveId, title,
                workspace.organizationUnitId, teacher, workspace.today.plusMonths(1),
                workspace.districtUnitId, workspace.today, workspace.today.plusDays(3))), 201)).get("id").asString();
        String path = "/api/training-courses/" + id;
        BothSides.require(workspace.sides.postCommand(path + "/enrolments", """
                {"participants": [{"participantRef": "%s", "unitId": "%s"}]}"""
                .formatted(learner, workspace.districtUnitId)), 200);
        BothSides.require(workspace.sides.postCommand(path + "/opening", "{}"), 200);
        BothSides.require(workspace.sides.postCommand(path + "/results", """
                {"results": [{"participantRef": "%s", "attended": true, "passed": true, "certificateIssued": true}]}"""
                .formatted(learner)), 200);
    }

    @Test
    void a_member_marks_a_notification_read_in_place() {
        ProjectionDriver notifications = ProjectionDriver.of(workspace.sides.query(), "notifications");
        notifications.apply(List.of(notifications.event(workspace.overdueSurveyId, new TaskReminderIssued(
                workspace.overdueSurveyId, workspace.overdueSurveyId + "/reminder/" + workspace.suffix,
                workspace.memberId, workspace.today.plusDays(2), 2, workspace.today), Instant.now())));
        String password = RunningWorkspace.account(workspace.memberId, "STEERING_MEMBER", null);

        browser.signIn(workspace.memberId, password).open("/notifications");
        // the reminder, and the three surveys given to the member when the province was set up
        assertThat(browser.text("[data-test=unread] .badge")).isEqualTo("4");
        assertThat(browser.all("[data-test=notification]")).hasSize(4);
        browser.screenshots("notifications");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        String before = browser.driver().getWindowHandle();
        browser.find("[data-test=mark-read]").click();
        browser.await(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=read]")));
        assertThat(browser.path()).as("htmx swapped the row in place").isEqualTo("/notifications");
        assertThat(browser.driver().getWindowHandle()).isEqualTo(before);
        browser.open("/notifications");
        assertThat(browser.text("[data-test=unread] .badge")).isEqualTo("3");
    }

    @Test
    void an_inspector_searches_the_audit_trail_and_downloads_it() throws Exception {
        String inspector = "inspector-" + workspace.suffix;
        browser.signIn(inspector, RunningWorkspace.account(inspector, "INSPECTOR", null))
                .open("/audit?kind=task&id=" + workspace.overdueSurveyId);
        assertThat(browser.text("[data-test=audit-entries]")).contains("SurveyOpened");
        browser.screenshots("audit");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        workspace.baseUrl() + "/audit/export?kind=task&id=" + workspace.overdueSurveyId))
                .header("Cookie", browser.cookieHeader()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).contains("SurveyOpened", workspace.overdueSurveyId);

        browser.open("/tasks");
        assertThat(browser.path()).isEqualTo("/tasks");
    }

    /**
     * A ward and an operating enterprise in it with a trade union and no Party organization (the I3
     * gap): the derived work lists it under the ward's name, and its link opens the cell
     * establishment form with the enterprise, a title and the directive filled in (a link without a
     * directive asks for it first and keeps the rest); the totals by locality show the ward.
     */
    @Test
    void the_derived_work_opens_a_cell_establishment_for_a_gap_enterprise_in_one_click() {
        String ward = "Phường Ba Hàng " + workspace.suffix;
        String wardId = BothSides.json(BothSides.require(workspace.sides.postCommand("/api/units", """
                {"name": "%s", "kind": "WARD", "effectiveOn": "2015-01-01"}""".formatted(ward)), 201))
                .get("id").asString();
        String taxCode = TaskPageBrowserTest.taxCode();
        String name = "Công ty TNHH Điện tử Phổ Yên " + workspace.suffix;
        BothSides.require(workspace.sides.postCommand("/api/enterprises", """
                {"taxCode": "%s", "name": "%s", "address": "Số 5 đường Lý Nam Đế", "communeUnitId": "%s",
                 "zone": "KCN Yên Bình", "ownership": "FOREIGN_INVESTED", "workers": 450, "status": "OPERATING",
                 "effectiveOn": "2020-01-01"}""".formatted(taxCode, name, wardId)), 201);
        assertThat(workspace.sides.postCommand("/api/enterprises/" + taxCode + "/socio-political-organizations", """
                {"kind": "TRADE_UNION", "members": 300, "effectiveOn": "2021-03-01"}""").statusCode())
                .isBetween(200, 299);
        // a member working there and registered at the ward (the residence), from an imported roster (CSV)
        long card = java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        long citizenId = java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
        BothSides.require(workspace.sides.postCommand("/api/enterprise-imports", String.join("\n",
                "Họ và tên,Ngày sinh,Số thẻ đảng viên,Số căn cước công dân,Mã số thuế,Nơi sinh hoạt đảng,"
                        + "Trạng thái đảng viên,Ngày kết nạp,Ngày công nhận chính thức",
                "Ngô Thị Phổ Yên,04/09/1988," + card + ",0" + citizenId + "," + taxCode + "," + wardId
                        + ",Chính thức,12/03/2016,12/03/2017")), 200);
        workspace.sides.awaitCaughtUp(Duration.ofSeconds(30));

        browser.signIn(clerk, clerkPassword);
        // the directive the new tasks belong to is this test's (other classes of the JVM register newer ones)
        browser.await(Duration.ofSeconds(20)).until(driver -> browser.open("/enterprises/derived-work?directiveId="
                + workspace.directiveId).text("main").contains(name));
        WebElement row = browser.all("[data-test=i3-gap] tbody tr").stream()
                .filter(tr -> tr.getText().contains(name)).findFirst().orElseThrow();
        assertThat(row.getText()).contains(ward, "450");
        WebElement atResidence = browser.all("[data-test=at-residence] tbody tr").stream()
                .filter(tr -> tr.getText().contains(name)).findFirst().orElseThrow();
        assertThat(atResidence.findElement(By.cssSelector("td:nth-child(7)")).getText())
                .as("one member on the roster, none surveyed").isEqualTo("1");
        browser.screenshots("derived-work");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        row.findElement(By.cssSelector("[data-test=open-cell-establishment]")).click();
        assertThat(browser.path()).startsWith("/tasks/new?kind=cell-establishments");
        assertThat(browser.find("#f-enterpriseTaxCode").getDomProperty("value")).isEqualTo(taxCode);
        assertThat(browser.find("#f-task-title").getDomProperty("value")).contains(name);
        assertThat(browser.text(".directive-chosen")).contains(workspace.directiveNumber);

        // a link without a directive: the directive is chosen first and the filled-in fields ride along
        browser.open("/tasks/new?kind=member-transfers&direction=RESIDENCE_TO_ENTERPRISE"
                + "&receivingOrganization.enterpriseTaxCode=" + taxCode + "&unknownField=ignored");
        browser.find("#directive-choice button").click();
        assertThat(browser.find("#f-direction").getDomProperty("value")).isEqualTo("RESIDENCE_TO_ENTERPRISE");
        assertThat(browser.find("#f-receivingOrganization-enterpriseTaxCode").getDomProperty("value"))
                .isEqualTo(taxCode);
        assertThat(browser.driver().getPageSource()).doesNotContain("unknownField");

        browser.open("/enterprises/localities");
        assertThat(browser.text("[data-test=communes]")).contains(ward);
        assertThat(browser.text("[data-test=zones]")).contains("KCN Yên Bình");
        browser.screenshots("localities");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
