package vn.directives.query.workspace;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.directives.command.CommandSideApplication;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;
import vn.directives.query.workspace.task.TaskScenario;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.directives.command.support.TestAccounts;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.nio.file.Files;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task page in a real Chromium, as the task's assignee: the survey's forms in the workspace's
 * layout, one step (the findings about an enterprise) typed and sent, the result on the page it
 * returns to. Photographed at desktop and phone width and checked with axe-core. And its
 * discussion: a comment, a document uploaded and downloaded, the committee urging the task now.
 *
 * <p>Both sides are started here rather than through {@link RunningWorkspace}: the query side must
 * know the command side's address to forward the step, and the command side the query side's.
 */
class TaskPageBrowserTest {

    private static ConfigurableApplicationContext querySide;
    private static ConfigurableApplicationContext commandSide;
    private static TaskScenario scenario;
    private static Browser browser;
    private static String queryUrl;

    @BeforeAll
    static void start() throws IOException {
        CommandSideMigrations.apply();
        int queryPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            queryPort = socket.getLocalPort();
        }
        queryUrl = "http://localhost:" + queryPort;
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--directives.query-side.base-url=" + queryUrl,
                        // an enterprise list of two rows imported in two chunks
                        "--directives.command.import.chunk-rows=1");
        String commandUrl = "http://localhost:" + commandSide.getEnvironment().getRequiredProperty("local.server.port");
        querySide = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=" + queryPort, "--directives.workspace.command-side-url=" + commandUrl);
        scenario = new TaskScenario(commandUrl);
        browser = new Browser(queryUrl);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (querySide != null) {
            querySide.close();
        }
        if (commandSide != null) {
            commandSide.close();
        }
    }

    /**
     * The Organization Committee opens a survey on the opening form; its assignee records an
     * enterprise found by the survey on the task page, the result shown on the page it returns to,
     * and closes the survey.
     */
    @Test
    void the_committee_opens_a_survey_on_the_opening_form_and_the_assignee_records_findings_and_closes_it() {
        String title = "Khảo sát doanh nghiệp KCN Yên Bình " + scenario.memberId;
        String clerk = "btc-" + scenario.memberId;
        signInAfresh(clerk, RunningWorkspace.account(clerk, "ORGANIZATION_COMMITTEE", null));
        browser.open("/tasks/new?kind=surveys&directiveId=" + scenario.directiveId);
        WebElement opening = browser.find("form.step-form");
        new Select(opening.findElement(By.name("task.pointNumber"))).selectByValue("2");
        opening.findElement(By.name("task.title")).sendKeys(title);
        new Select(opening.findElement(By.name("task.leadUnitId"))).selectByValue(scenario.unitId);
        new Select(opening.findElement(By.name("task.assigneeId"))).selectByValue(scenario.memberId);
        date(opening.findElement(By.name("task.dueDate")), LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(2));
        new Select(opening.findElement(By.name("scope.kind"))).selectByValue("INDUSTRIAL_ZONE");
        opening.findElement(By.cssSelector("textarea[name='scope.references']")).sendKeys("4601234567");
        opening.findElement(By.name("scope.description")).sendKeys("KCN Yên Bình");
        date(opening.findElement(By.name("periodFrom")), LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(10));
        date(opening.findElement(By.name("periodTo")), LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1));
        browser.screenshots("task-new-survey");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        opening.findElement(By.cssSelector("button[type=submit]")).click();
        browser.awaitPageWith("/tasks/new", "#timeline", Duration.ofSeconds(30));
        assertThat(browser.text("h1")).isEqualTo(title);
        String taskId = browser.path().replaceAll("^/tasks/([^/?#]+).*", "$1");

        signInAfresh(scenario.memberId, RunningWorkspace.account(scenario.memberId, "STEERING_MEMBER", null));
        awaitForm(taskId, "step-findings");
        assertThat(browser.text("h1")).isEqualTo(title);
        assertThat(browser.find("[data-test=user-name]").getText()).isEqualTo(scenario.memberName);
        assertThat(browser.find(".site-nav a[aria-current=page]").getText()).isEqualTo("Nhiệm vụ");
        assertThat(browser.all("#step-closure")).as("closing needs findings first").isEmpty();

        WebElement form = browser.find("#step-findings");
        form.findElement(By.tagName("summary")).click();
        form.findElement(By.name("taxCode")).sendKeys("4601234567");
        form.findElement(By.name("enterpriseName")).sendKeys("Công ty TNHH Điện tử Minh Phát");
        new Select(form.findElement(By.name("ownership"))).selectByValue("FOREIGN_INVESTED");
        form.findElement(By.name("workers")).sendKeys("1200");
        form.findElement(By.name("officialMembers")).sendKeys("4");
        new Select(form.findElement(By.name("ownerAttitude"))).selectByValue("SUPPORTIVE");
        browser.screenshots("task-step-form");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("step-closure")));
        assertThat(browser.path()).startsWith("/tasks/" + taskId);
        assertThat(browser.text("#timeline")).contains("Công ty TNHH Điện tử Minh Phát", scenario.memberName);
        browser.screenshots("task");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        step("closure", Map.of("summary", "Đã khảo sát 1 doanh nghiệp."));
        assertThat(browser.text("#task-state")).contains("Đã hoàn thành");
        assertThat(browser.all("#no-steps")).as("a closed survey offers no step").hasSize(1);
        assertThat(browser.text("#timeline")).contains("Đã khảo sát 1 doanh nghiệp.");
    }

    /**
     * The assignee asks for more time on the task page; the Organization Committee rejects it there,
     * with its reason, which the assignee then reads on the page; the due date stays.
     */
    @Test
    void the_assignee_requests_an_extension_and_the_committee_rejects_it_with_its_reason_on_the_task_page() {
        String taskId = scenario.openSurvey("Khảo sát xin gia hạn " + scenario.memberId);
        String member = scenario.memberId;
        signInAfresh(member, RunningWorkspace.account(member, "STEERING_MEMBER", null));
        awaitForm(taskId, "step-extension-requests");
        String due = browser.text("#task-due");
        String requested = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(4).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        step("extension-requests", Map.of("requestedDueDate", requested,
                "reason", "Doanh nghiệp chưa bố trí được lịch làm việc."));
        assertThat(browser.text("#task-header")).contains("Đề nghị gia hạn", requested);
        assertThat(browser.all("#step-extension-requests")).as("one request pending at a time").isEmpty();

        String clerk = "btc-" + scenario.memberId;
        signInAfresh(clerk, RunningWorkspace.account(clerk, "ORGANIZATION_COMMITTEE", null));
        awaitForm(taskId, "step-extension-rejection");
        step("extension-rejection", Map.of("reason", "Thời hạn hiện tại đủ để hoàn thành khảo sát."));
        assertThat(browser.text("#timeline")).contains(
                "Ban Tổ chức Tỉnh ủy không chấp thuận đề nghị gia hạn (lý do: Thời hạn hiện tại đủ để hoàn thành khảo sát.)");

        signInAfresh(member, RunningWorkspace.account(member, "STEERING_MEMBER", null));
        browser.open("/tasks/" + taskId);
        assertThat(browser.text("#timeline")).contains("Doanh nghiệp chưa bố trí được lịch làm việc.",
                "không chấp thuận đề nghị gia hạn (lý do: Thời hạn hiện tại đủ để hoàn thành khảo sát.)");
        assertThat(browser.text("#task-due")).as("the due date stays").isEqualTo(due);
        assertThat(browser.text("#task-header")).doesNotContain("Đề nghị gia hạn");
        assertThat(browser.all("#step-extension-requests")).as("a new request may be made").hasSize(1);
        browser.screenshots("task-extension-rejected");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    /**
     * The findings form sent twice from one page (a double click: the same fields, version and
     * idempotency key posted again before the first answer is shown) is recorded once.
     */
    @Test
    void the_same_form_sent_twice_from_one_page_is_recorded_once() {
        String taskId = scenario.openSurvey("Khảo sát bấm hai lần " + scenario.memberId);
        signInAfresh(scenario.memberId, RunningWorkspace.account(scenario.memberId, "STEERING_MEMBER", null));
        // the form comes from the task's read model, the timeline from its own: wait for the opening
        browser.await(Duration.ofSeconds(30)).until(driver -> {
            browser.open("/tasks/" + taskId);
            return !browser.all("#step-findings").isEmpty() && browser.all("#timeline tbody tr").size() == 1;
        });
        int before = browser.all("#timeline tbody tr").size();
        String enterprise = "Công ty TNHH Hai Lần " + scenario.memberId;
        fillFinding("4601234569", enterprise);

        // the first click's request, sent by the page itself; the second is the real click below
        Object first = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector('#step-findings form');
                fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))})
                    .then(r => done(r.status), e => done(String(e)));""");
        assertThat(first).as("the first post lands on the task page").isEqualTo(200L);
        browser.submit("step-findings");
        browser.await(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));

        assertThat(browser.all("#timeline tbody tr")).as("one entry more").hasSize(before + 1);
        assertThat(browser.text("#timeline").split(java.util.regex.Pattern.quote(enterprise), -1))
                .as("the enterprise recorded once").hasSize(2);
        assertThat(events(taskId)).as("the opening and one finding").isEqualTo(2);
    }

    /**
     * A page loaded before another user's change: the step posted from it is answered with the task
     * as it is now, a message in Vietnamese saying nothing was recorded, and the form still holding
     * what was typed; sent again from that page, it is recorded.
     */
    @Test
    void a_step_sent_from_a_page_older_than_another_users_change_is_answered_with_the_new_state() {
        String taskId = scenario.openSurvey("Khảo sát trang cũ " + scenario.memberId);
        signInAfresh(scenario.memberId, RunningWorkspace.account(scenario.memberId, "STEERING_MEMBER", null));
        awaitForm(taskId, "step-findings");
        String enterprise = "Công ty TNHH Trang Cũ " + scenario.memberId;
        fillFinding("4601234570", enterprise);

        // meanwhile, the Organization Committee asks for more time on the same survey
        LocalDate requested = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(4);
        scenario.requestSurveyExtension(taskId, requested, "Bổ sung doanh nghiệp vào phạm vi khảo sát");
        browser.submit("step-findings");

        assertThat(status()).as("answered 412 Precondition Failed").isEqualTo(412L);
        assertThat(browser.text("#stale-notice")).contains("Nhiệm vụ vừa được người khác cập nhật",
                "chưa có gì được ghi nhận");
        assertThat(browser.text("#task-header")).as("the new state").contains("Đề nghị gia hạn",
                requested.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(browser.text("#timeline")).contains("Bổ sung doanh nghiệp vào phạm vi khảo sát")
                .doesNotContain(enterprise);
        WebElement kept = browser.find("#step-findings");
        assertThat(kept.getAttribute("open")).as("the form sent is open").isNotNull();
        assertThat(kept.findElement(By.name("enterpriseName")).getAttribute("value")).as("nothing typed is lost")
                .isEqualTo(enterprise);
        assertThat(kept.findElement(By.name("taxCode")).getAttribute("value")).isEqualTo("4601234570");
        browser.screenshots("task-stale");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.submit("step-findings");
        browser.await(Duration.ofSeconds(30)).until(driver -> browser.text("#timeline").contains(enterprise));
        assertThat(browser.all("#stale-notice")).isEmpty();
    }

    /**
     * A Steering Committee member the task is not assigned to sees no step form on its page; a step
     * posted anyway from that page (a form built in it, with the page's own CSRF token) is refused
     * by the command side with 403 and its Vietnamese message, and nothing is stored.
     */
    @Test
    void a_member_who_may_not_act_sees_no_step_form_and_a_step_posted_anyway_is_refused() {
        String taskId = scenario.openSurvey("Khảo sát của người khác " + scenario.memberId);
        signInAfresh(scenario.memberId, RunningWorkspace.account(scenario.memberId, "STEERING_MEMBER", null));
        awaitForm(taskId, "step-findings");
        String etag = browser.find("#step-findings input[name=etag]").getAttribute("value");

        String other = scenario.otherMemberId;
        signInAfresh(other, RunningWorkspace.account(other, "STEERING_MEMBER", null));
        browser.open("/tasks/" + taskId);
        assertThat(browser.text("h1")).isEqualTo("Khảo sát của người khác " + scenario.memberId);
        assertThat(browser.all("#no-steps")).hasSize(1);
        assertThat(browser.all("form.step-form")).as("no step form").isEmpty();
        int before = browser.all("#timeline tbody tr").size();

        Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const body = new URLSearchParams({
                    _csrf: document.querySelector('form.signout input[name=_csrf]').value,
                    etag: arguments[1], idempotencyKey: crypto.randomUUID(),
                    taxCode: '4601234568', enterpriseName: 'Công ty A', ownership: 'PRIVATE', ownerAttitude: 'UNDECIDED'});
                fetch(arguments[0], {method: 'POST', body})
                    .then(r => r.text().then(text => done(r.status + ' ' + text)), e => done(String(e)));""",
                "/tasks/" + taskId + "/steps/findings", etag);
        assertThat((String) answer).startsWith("403 ").contains("Bạn không được giao nhiệm vụ này.");

        browser.open("/tasks/" + taskId);
        assertThat(browser.all("#timeline tbody tr")).as("nothing recorded").hasSize(before);
        assertThat(events(taskId)).as("only the opening is stored").isEqualTo(1);
    }

    /** The HTTP status of the page the browser shows (Chromium's navigation timing). */
    private static Object status() {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus;");
    }

    /** The events stored for a task, counted in the command side's store. */
    private static long events(String taskId) {
        return commandSide.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ?", Long.class, taskId);
    }

    @Test
    void the_organization_committee_opens_a_general_task_reports_progress_and_delegates_a_part() {
        String cell = scenario.unitUnder("Chi bộ Công ty TNHH Yên Bình " + scenario.memberId);
        String clerk = "btc-" + scenario.memberId;
        browser.signOutIfSignedIn();
        browser.signIn(clerk, RunningWorkspace.account(clerk, "ORGANIZATION_COMMITTEE", null));

        browser.open("/tasks/new?kind=general-tasks&directiveId=" + scenario.directiveId);
        WebElement opening = browser.find("form.step-form");
        new Select(opening.findElement(By.name("task.pointNumber"))).selectByValue("1");
        opening.findElement(By.name("task.title")).sendKeys("Đối thoại với chủ doanh nghiệp KCN");
        new Select(opening.findElement(By.name("task.leadUnitId"))).selectByValue(scenario.unitId);
        new Select(opening.findElement(By.name("task.assigneeId"))).selectByValue(scenario.memberId);
        date(opening.findElement(By.name("task.dueDate")), LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(3));
        opening.findElement(By.name("expectedProduct")).sendKeys("Hội nghị");
        opening.findElement(By.cssSelector("button[type=submit]")).click();
        browser.awaitPageWith("/tasks/new", "#step-progress-reports", Duration.ofSeconds(30));
        assertThat(browser.text("h1")).isEqualTo("Đối thoại với chủ doanh nghiệp KCN");

        WebElement progress = browser.find("#step-progress-reports");
        progress.findElement(By.tagName("summary")).click();
        progress.findElement(By.name("percentage")).sendKeys("40");
        progress.findElement(By.name("text")).sendKeys("Đã đối thoại tại 2 doanh nghiệp");
        progress.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await(Duration.ofSeconds(30))
                .until(driver -> browser.text("#task-progress").contains("40%"));

        WebElement delegation = browser.find("#step-sub-tasks");
        delegation.findElement(By.tagName("summary")).click();
        delegation.findElement(By.name("title")).sendKeys("Đối thoại tại Công ty TNHH Yên Bình");
        delegation.findElement(By.name("expectedProduct")).sendKeys("Báo cáo");
        new Select(delegation.findElement(By.name("leadUnitId"))).selectByValue(cell);
        new Select(delegation.findElement(By.name("assigneeId"))).selectByValue(scenario.otherMemberId);
        date(delegation.findElement(By.name("dueDate")), LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(2));
        delegation.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("sub-tasks")));
        assertThat(browser.text("#sub-tasks")).contains("Đối thoại tại Công ty TNHH Yên Bình", "0%");
        assertThat(browser.text("#timeline")).contains("Báo cáo tiến độ 40%", "Giao cho cấp dưới");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void the_assignee_takes_a_cell_establishment_from_owner_engagement_to_completion() {
        String enterprise = "Công ty TNHH Minh Phát " + scenario.memberId;
        String taskId = scenario.openCellEstablishment("Thành lập chi bộ tại " + enterprise, taxCode(), enterprise);
        signInAfresh(scenario.memberId, RunningWorkspace.account(scenario.memberId, "STEERING_MEMBER", null));
        awaitForm(taskId, "step-owner-engagements");
        assertThat(browser.all("#step-proposal")).as("no proposal before the members are confirmed").isEmpty();

        step("owner-engagements", Map.of("attitude", "SUPPORTIVE", "note", "Hội đồng thành viên đồng ý."));
        step("member-pool", Map.of("officialMembers", "4", "probationaryMembers", "1",
                "officialMembersEmployed12Months", "3", "memberRefs", "dv-01\ndv-02\ndv-03\ndv-04\ndv-05"));
        step("proposal", Map.of("superiorCommittee", "Đảng ủy các Khu công nghiệp tỉnh", "proposedOn", today()));
        step("establishment-decision", Map.of("decisionNumber", "125-QĐ/ĐUK", "decidedOn", today(),
                "issuingCommittee", "Ban Thường vụ Đảng ủy các Khu công nghiệp tỉnh",
                "organizationName", "Chi bộ " + enterprise, "cellCommittee", "dv-01; Bí thư\ndv-02; Phó Bí thư"));
        step("announcement", Map.of("announcedOn", today(), "place", "Hội trường " + enterprise));
        browser.find("#step-completion").findElement(By.tagName("summary")).click();
        assertThat(browser.text("#step-completion")).as("the new organization's kind and committee, by name")
                .contains("Loại tổ chức đảng", "Chi bộ cơ sở", "Cấp ủy cấp trên trực tiếp", scenario.unitName);
        browser.screenshots("task-cell-establishment-announced");
        step("completion", Map.of("kind", "GRASSROOTS_CELL", "superiorCommitteeUnitId", scenario.unitId));

        assertThat(browser.text("#task-state")).contains("Đã thành lập tổ chức đảng");
        assertThat(browser.text("#timeline")).contains("Vận động chủ doanh nghiệp", "Trình Đảng ủy các Khu công nghiệp tỉnh",
                "Quyết định thành lập Chi bộ " + enterprise + " số 125-QĐ/ĐUK", "Bí thư dv-01",
                "Hoàn thành thành lập Chi bộ " + enterprise, scenario.memberName,
                "loại tổ chức: Chi bộ cơ sở, cấp ủy cấp trên trực tiếp: " + scenario.unitName);
        assertThat(browser.all("#no-steps")).as("a completed establishment offers no step").hasSize(1);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void a_late_introduction_letter_needs_its_reason_and_the_transfer_completes() {
        String receiving = scenario.unitUnder("Chi bộ Công ty TNHH Minh Phát " + scenario.memberId);
        LocalDate decided = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(150);
        String taskId = scenario.openMemberTransfer("Chuyển sinh hoạt đảng về Công ty TNHH Minh Phát", receiving,
                taxCode(), decided);
        signInAfresh(scenario.memberId, RunningWorkspace.account(scenario.memberId, "STEERING_MEMBER", null));
        awaitForm(taskId, "step-introduction-letter");

        step("introduction-letter", Map.of("letterNumber", "12-GGT/ĐU"));
        WebElement letter = browser.find("#step-introduction-letter");
        assertThat(letter.findElement(By.cssSelector(".field--error")).getText())
                .as("the rule beside the late reason's field").contains("phải nêu lý do chậm")
                .as("its last day written day first").containsPattern("hạn cuối \\d{2}/\\d{2}/\\d{4}");
        assertThat(browser.text("#error-summary")).contains("Lý do");
        assertThat(browser.text("#timeline")).doesNotContain("Cấp giấy giới thiệu");
        browser.screenshots("task-transfer-late-letter-refused");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        step("introduction-letter", Map.of("letterNumber", "12-GGT/ĐU",
                "lateReason", "Đảng viên đi công tác nước ngoài đến tháng trước."));
        assertThat(browser.text("#timeline")).contains("Cấp giấy giới thiệu số 12-GGT/ĐU (chậm",
                "lý do: Đảng viên đi công tác nước ngoài đến tháng trước.");
        step("letter-acceptance", Map.of());
        step("completion", Map.of());
        assertThat(browser.text("#task-state")).contains("Đã hoàn thành chuyển sinh hoạt đảng");
        assertThat(browser.text("#timeline")).contains("Tổ chức đảng nơi đến tiếp nhận giấy giới thiệu (đúng hạn");
        assertThat(browser.text("main")).as("the member's name and papers stay off the page")
                .doesNotContain("80123456", "019185004127");
    }

    @Test
    void the_assignee_enrols_opens_records_results_and_closes_a_training_course() {
        String taskId = scenario.openTrainingCourse("Lớp bồi dưỡng bí thư chi bộ doanh nghiệp " + scenario.memberId);
        signInAfresh(scenario.memberId, RunningWorkspace.account(scenario.memberId, "STEERING_MEMBER", null));
        awaitForm(taskId, "step-enrolments");

        step("enrolments", Map.of("participants", "hv-01\nhv-02\nhv-03", "participants[].unitId", scenario.unitId));
        step("opening", Map.of());
        step("results", Map.of("results", "hv-01; x; x; x\nhv-02; x; x; \nhv-03; ; ; "));
        browser.screenshots("task-training-course-results");
        step("closure", Map.of());

        assertThat(browser.text("#task-state")).contains("Đã bế giảng");
        assertThat(browser.text("#timeline")).contains("Ghi danh 3 học viên", "Khai giảng lớp",
                "2 đạt yêu cầu, 1 được cấp giấy chứng nhận", "Bế giảng lớp", scenario.memberName);
        assertThat(browser.all("#no-steps")).hasSize(1);
    }

    /** Waits until the read model has the task and its page offers that form. */
    /** Opens the findings form of the page and types one private, supportive enterprise into it. */
    private static void fillFinding(String taxCode, String enterpriseName) {
        WebElement form = browser.find("#step-findings");
        form.findElement(By.tagName("summary")).click();
        form.findElement(By.name("taxCode")).sendKeys(taxCode);
        form.findElement(By.name("enterpriseName")).sendKeys(enterpriseName);
        new Select(form.findElement(By.name("ownership"))).selectByValue("PRIVATE");
        new Select(form.findElement(By.name("ownerAttitude"))).selectByValue("SUPPORTIVE");
    }

    private static void awaitForm(String taskId, String formId) {
        browser.await(Duration.ofSeconds(30)).until(driver -> {
            browser.open("/tasks/" + taskId);
            return !browser.all("#" + formId).isEmpty();
        });
    }

    /**
     * Opens a step's form, types its fields by name (a choice by its value), sends it and waits for
     * the page that answers: the task with the step recorded, or the form drawn again with a refusal.
     */
    private static void step(String name, Map<String, String> fields) {
        WebElement form = browser.find("#step-" + name);
        if (form.getAttribute("open") == null) {
            form.findElement(By.tagName("summary")).click();
        }
        fields.forEach((field, value) -> {
            WebElement control = form.findElement(By.name(field));
            if (control.getTagName().equals("select")) {
                new Select(control).selectByValue(value);
            } else {
                control.clear();
                control.sendKeys(value);
            }
        });
        WebElement button = form.findElement(By.cssSelector("button[type=submit]"));
        button.click();
        browser.await(Duration.ofSeconds(30)).until(ignored -> Browser.replaced(button));
        browser.await(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
    }

    /** Today as a person types it in the workspace's date fields. */
    private static String today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** A date typed as people in the province write it, dd/MM/yyyy. */
    private static void date(WebElement input, LocalDate value) {
        input.clear();
        input.sendKeys(value.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    @Test
    void a_report_is_previewed_drafted_in_the_committee_s_words_downloaded_approved_and_issued() throws Exception {
        String from = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(40).toString();
        String to = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();
        String clerk = "clerk-reports-" + scenario.memberId;
        browser.signIn(clerk, RunningWorkspace.account(clerk, "ORGANIZATION_COMMITTEE", null)).open("/reports?directiveId=" + scenario.directiveId + "&from=" + from
                + "&to=" + to + "&basis=CORRECTED");
        assertThat(browser.text("[data-test=report-comparison]")).contains("Nhiệm vụ: tổng số", "Khảo sát");
        browser.screenshots("reports");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.find("[data-test=report-create]").click();
        browser.await(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/reports/drafts/"));
        String draftPath = browser.path();
        browser.find("[data-test=section-LIMITATIONS]").sendKeys("Một số cấp ủy chưa quan tâm đúng mức.");
        browser.find("[data-test=save-LIMITATIONS]").click();
        browser.await(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(
                By.cssSelector("[data-test=draft-history] tbody tr:last-child td:nth-child(1)"), "1"));
        browser.screenshots("report-draft");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        HttpResponse<byte[]> docx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        queryUrl + draftPath + "/files/docx"))
                .header("Cookie", browser.cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("Một số cấp ủy chưa quan tâm đúng mức.",
                    "SO SÁNH VỚI CÙNG KỲ NĂM TRƯỚC", "HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN");
        }

        browser.find("[data-test=draft-submit]").click();
        browser.await(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(
                By.cssSelector("[data-test=draft-status]"), "Chờ duyệt"));
        browser.find("[data-test=draft-approve]").click();
        browser.await(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(
                By.cssSelector("[data-test=draft-status]"), "Đã duyệt"));
        assertThat(browser.all("[data-test=draft-issue]")).hasSize(1);

        // issued from the page: the command side fetches the documents back as this session's person
        String number = Integer.toString(ThreadLocalRandom.current().nextInt(100, 999_999));
        browser.fill("#number", number);
        browser.find("[data-test=draft-issue]").click();
        browser.await(Duration.ofSeconds(60)).until(ExpectedConditions.textToBe(
                By.cssSelector("[data-test=draft-status]"), "Đã ban hành"));
        assertThat(browser.all("[data-test=report-problem]")).isEmpty();
        assertThat(browser.text("[data-test=draft-number]")).startsWith("Số " + number + "-");
        assertThat(browser.text("[data-test=hash-docx]")).as("the issued DOCX's SHA-256").matches("[0-9a-f]{64}");
        browser.screenshots("report-issued");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.open("/reports");
        assertThat(browser.text("[data-test=report-issued]")).as("the register of issued reports lists it")
                .contains("Số " + number + "-");
    }

    @Test
    void the_assignee_comments_and_attaches_a_document_and_the_committee_urges_the_task_now() throws Exception {
        String taskId = scenario.openSurvey("Khảo sát có trao đổi và tài liệu");
        signInAfresh(scenario.memberId, RunningWorkspace.account(scenario.memberId, "STEERING_MEMBER", null));
        try {
            browser.await(Duration.ofSeconds(30)).until(driver -> {
                browser.open("/tasks/" + taskId);
                return !browser.all("#comment-form").isEmpty();
            });
            browser.find("#comment-text").sendKeys("Đã làm việc với Ban quản lý KCN Yên Bình ngày 12/3.");
            browser.find("#comment-form button[type=submit]").click();
            browser.await(Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("comments")));
            assertThat(browser.text("#comments")).contains(scenario.memberName,
                    "Đã làm việc với Ban quản lý KCN Yên Bình ngày 12/3.");

            byte[] pdf = new byte[200_000];
            new java.util.Random(7).nextBytes(pdf);
            System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, pdf, 0, 9);
            java.nio.file.Path file = java.nio.file.Files.createTempFile("bien-ban-lam-viec", ".pdf");
            java.nio.file.Files.write(file, pdf);
            browser.find("#attachment-file").sendKeys(file.toAbsolutePath().toString());
            browser.find("#attachment-form button[type=submit]").click();
            browser.await(Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".attachment-link")));
            String href = browser.find(".attachment-link").getAttribute("href");
            java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                            .header("Cookie", browser.cookieHeader()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(pdf);
            java.nio.file.Files.delete(file);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.signOut();

            String clerk = "clerk-" + scenario.memberId;
            signInAfresh(clerk, RunningWorkspace.account(clerk, "ORGANIZATION_COMMITTEE", null));
            browser.open("/tasks/" + taskId);
            WebElement urging = browser.find("#step-urgings");
            urging.findElement(By.tagName("summary")).click();
            urging.findElement(By.name("message")).sendKeys("Đề nghị hoàn thành khảo sát trước ngày 20.");
            urging.findElement(By.cssSelector("button[type=submit]")).click();
            browser.await(Duration.ofSeconds(30)).until(driver ->
                    browser.text("#timeline").contains("Đôn đốc trực tiếp"));
            assertThat(browser.text("#timeline")).contains("Đề nghị hoàn thành khảo sát trước ngày 20.");
        } finally {
            browser.open("/");
            if (!browser.all("[data-test=signout]").isEmpty()) {
                browser.signOut();
            }
        }
    }

    /**
     * A member turns comments off for e-mail on the Thông báo page (the inbox keeps them), sees the
     * choice saved and kept; a kind the service does not know (a tampered form) is refused with the
     * message beside the choices and in the summary, and nothing changes.
     */
    @Test
    void a_member_chooses_which_notifications_also_come_by_e_mail() {
        String member = scenario.memberId;
        signInAfresh(member, RunningWorkspace.account(member, "STEERING_MEMBER", null));
        try {
            // the page leaves the form out while the command side cannot be asked (by design);
            // seen once in CI right after a fresh sign-in: open it again until the form is there
            browser.await(Duration.ofSeconds(20))
                    .until(driver -> !browser.open("/notifications").all("#preferences").isEmpty());
            assertThat(browser.text("#preferences")).contains("Nhận thông báo qua thư điện tử",
                    "Có ý kiến mới về nhiệm vụ tôi thực hiện");
            assertThat(browser.all("#preferences input[type=checkbox]")).hasSize(7)
                    .allSatisfy(box -> assertThat(box.isSelected()).as("every kind on by default").isTrue());

            browser.find("#email-COMMENT").click();
            browser.find("[data-test=save-preferences]").click();
            browser.await(Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("preferences-saved")));
            assertThat(browser.find("#email-COMMENT").isSelected()).isFalse();
            assertThat(browser.find("#email-ASSIGNED").isSelected()).isTrue();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                    const box = document.createElement('input');
                    box.type = 'checkbox'; box.name = 'email'; box.value = 'SMS'; box.checked = true;
                    document.getElementById('preferences-email').appendChild(box);""");
            browser.find("#email-COMMENT").click();
            browser.find("[data-test=save-preferences]").click();
            browser.await(Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("preferences-email-error")));
            assertThat(browser.text("#preferences-email-error")).isEqualTo("Không có loại thông báo này.");
            assertThat(browser.text("#preferences-error-summary")).contains("Không có loại thông báo này.");
            assertThat(browser.find("#email-COMMENT").isSelected()).as("nothing changed").isFalse();
        } finally {
            browser.signOutIfSignedIn();
        }
    }

    /** Signs in, first signing out whoever an earlier test left signed in. */
    private static void signInAfresh(String username, String password) {
        browser.forgetSession().signIn(username, password);
    }

    /**
     * The Organization Committee keeps the enterprise registry: an XLSX list checked (its bad row
     * shown by row, column and rule), corrected and imported, the registry listed by ward.
     * Photographed at desktop and phone width.
     */
    @Test
    void the_organization_committee_checks_and_imports_an_enterprise_list() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String ward = "Phường Cải Đan " + suffix;
        String wardId = registerWard("Đảng ủy " + ward.toLowerCase().replace("cải đan", "Cải Đan"));
        String first = taxCode();
        String second = taxCode();
        String password = RunningWorkspace.account("ban-to-chuc-" + suffix, "ORGANIZATION_COMMITTEE", null);
        browser.signIn("ban-to-chuc-" + suffix, password);

        Path bad = list(List.of(
                List.of(first, "Công ty TNHH Cơ khí Sông Công", "Lô A1, KCN Sông Công I", ward, "KCN Sông Công I",
                        "Tư nhân", "350", "Đang hoạt động", "01/03/2021"),
                List.of(second.substring(0, 9) + ((second.charAt(9) - '0' + 1) % 10), "Công ty CP Dệt may Phổ Yên",
                        "Số 8 đường Thắng Lợi", ward, "", "Có vốn đầu tư nước ngoài", "1.200", "", "15/06/2022")));
        browser.open("/enterprises/imports");
        // the kinds of list the page takes, the Party members' roster among them
        assertThat(browser.text("[data-test=import-lists]")).contains("Tên tổ chức đảng", "Số thẻ đảng viên");
        browser.find("#f-file").sendKeys(bad.toAbsolutePath().toString());
        browser.find("button[value=validate]").click();
        browser.await(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=import-problems]")));
        assertThat(browser.text("[data-test=import-problems]")).contains("3", "Mã số thuế", "tax-code-check-digit");
        browser.screenshots("enterprise-import-check");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        // the same report as a spreadsheet: the file's rows, the broken rule beside the bad one
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        browser.find("[data-test=import-report-xlsx]").getAttribute("href")))
                .header("Cookie", browser.cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(9)).as("row 2 has no problem").isNull();
            assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo("tax-code-check-digit");
            assertThat(sheet.getRow(2).getCell(10).getStringCellValue()).startsWith("Mã số thuế: ");
        }

        Path good = list(List.of(
                List.of(first, "Công ty TNHH Cơ khí Sông Công", "Lô A1, KCN Sông Công I", ward, "KCN Sông Công I",
                        "Tư nhân", "350", "Đang hoạt động", "01/03/2021"),
                List.of(second, "Công ty CP Dệt may Phổ Yên", "Số 8 đường Thắng Lợi", ward, "",
                        "Có vốn đầu tư nước ngoài", "1.200", "", "15/06/2022")));
        browser.find("#f-file").sendKeys(good.toAbsolutePath().toString());
        browser.find("button[value=import]").click();
        // the import's own page, which follows the job (htmx asks again every second) until it is done
        browser.await(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=import-job]")));
        assertThat(browser.path()).matches("/enterprises/imports/import-[0-9a-f]{16}");
        assertThat(browser.find("[data-test=import-job]").getAttribute("data-status")).isIn("RUNNING", "DONE");
        browser.await(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=imported]")));
        assertThat(browser.text("[data-test=import-progress]")).contains("2 / 2", "100%");
        assertThat(browser.text("[data-test=to-register]")).isEqualTo("2");
        assertThat(browser.all("[data-test=import-job][hx-trigger]")).as("no more polling once done").isEmpty();
        assertThat(browser.all("[data-test=import-report-xlsx]")).hasSize(1);
        browser.screenshots("enterprise-import-done");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.await(Duration.ofSeconds(30)).until(driver -> {
            browser.open("/enterprises?inRegistry=true&commune=" + wardId);
            return browser.all("[data-test=enterprises] tbody tr").size() == 2;
        });
        // the ward is named as the unit is, a Party committee's name
        assertThat(browser.text("[data-test=enterprises]")).contains("Công ty CP Dệt may Phổ Yên",
                "Đảng ủy phường Cải Đan " + suffix);
        browser.screenshots("enterprises-registry");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // its Party organization, a cell under the ward's committee: kind and committee on its page
        postToCommandSide("/api/party-organizations", """
                {"enterpriseTaxCode": "%s", "enterpriseName": "Công ty TNHH Cơ khí Sông Công",
                 "organizationName": "Chi bộ Công ty TNHH Cơ khí Sông Công", "kind": "CELL_UNDER_GRASSROOTS_COMMITTEE",
                 "superiorCommitteeUnitId": "%s", "since": "2021-06-01", "source": "INITIAL_REGISTRY",
                 "officialMembers": 4, "probationaryMembers": 1}""".formatted(first, wardId));
        browser.await(Duration.ofSeconds(30)).until(driver -> {
            browser.open("/enterprises/" + first);
            return !browser.all("[data-test=party-organization]").isEmpty();
        });
        assertThat(browser.text("[data-test=party-organization]")).contains("Chi bộ trực thuộc đảng ủy cơ sở",
                "Đảng ủy phường Cải Đan " + suffix, "01/06/2021", "5");
        browser.screenshots("enterprise-party-organization");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.open("/enterprises?inRegistry=true&commune=" + wardId);
        assertThat(browser.text("[data-test=enterprises]")).contains(
                "Chi bộ Công ty TNHH Cơ khí Sông Công · Chi bộ trực thuộc đảng ủy cơ sở · Đảng ủy phường Cải Đan " + suffix);
        browser.screenshots("enterprises-registry-party-organizations");

        // a roster of its members checked (nothing stored): one official member against the 4 + 1 counted
        Path roster = Files.createTempFile("danh-sach-dang-vien", ".csv");
        Files.writeString(roster, "Họ và tên,Ngày sinh,Số thẻ đảng viên,Số căn cước công dân,Mã số thuế,"
                + "Trạng thái đảng viên,Ngày kết nạp,Ngày công nhận chính thức\nLý Văn Cải Đan,05/05/1985,"
                + (100_000_000L + System.nanoTime() % 900_000_000L) + ",0"
                + (10_000_000_000L + System.nanoTime() % 89_999_999_999L) + "," + first
                + ",Chính thức,01/06/2015,01/06/2016\n");
        browser.open("/enterprises/imports");
        browser.find("#f-file").sendKeys(roster.toAbsolutePath().toString());
        browser.find("button[value=validate]").click();
        browser.await(Duration.ofSeconds(30)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=import-reconciliation]")));
        assertThat(browser.text("[data-test=import-reconciliation]")).contains("Chưa khớp", "1 chính thức, 0 dự bị",
                "4 chính thức, 1 dự bị");

        // a registration refused by the command side: its message beside the field, nothing stored
        String wrongDigit = second.substring(0, 9) + ((second.charAt(9) - '0' + 3) % 10);
        browser.open("/enterprises/new");
        browser.find("#f-taxCode").sendKeys(wrongDigit);
        browser.find("#f-name").sendKeys("Công ty TNHH Thương mại Đắc Sơn");
        browser.find("#f-address").sendKeys("Tổ 5, phường Cải Đan");
        new Select(browser.find("#f-communeUnitId")).selectByValue(wardId);
        browser.find("#f-workers").sendKeys("40");
        browser.find("#f-effectiveOn").sendKeys("01/03/2021");
        browser.find("form[data-test=register-enterprise] button[type=submit]").click();
        browser.await(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("f-taxCode-error")));
        assertThat(browser.text("#f-taxCode-error")).contains("Chữ số kiểm tra");
        assertThat(browser.find("#f-taxCode").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#f-name").getAttribute("value")).isEqualTo("Công ty TNHH Thương mại Đắc Sơn");
        browser.screenshots("enterprise-registration-refused");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    private static String registerWard(String name) throws Exception {
        return postToCommandSide("/api/units", """
                {"name": "%s", "kind": "WARD", "effectiveOn": "2015-01-01"}""".formatted(name));
    }

    /** POSTs to the command side as the Organization Committee; the id of what it created. */
    private static String postToCommandSide(String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(scenario.commandSide + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        TestAccounts.signIn(request);
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    /** A tax code with a right check digit (weights 31, 29, 23, 19, 17, 13, 7, 5, 3). */
    static String taxCode() {
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        while (true) {
            String nine = "46" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += weights[i] * (nine.charAt(i) - '0');
            }
            if (10 - sum % 11 < 10) {
                return nine + (10 - sum % 11);
            }
        }
    }

    /** An enterprise list as an XLSX file, written by Apache POI. */
    private static Path list(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Doanh nghiệp");
            List<String> header = List.of("Mã số thuế", "Tên doanh nghiệp", "Địa chỉ", "Xã/phường",
                    "Khu/cụm công nghiệp", "Loại hình", "Số lao động", "Tình trạng", "Ngày hiệu lực");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            Path file = Files.createTempFile("danh-sach-doanh-nghiep", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }
}
