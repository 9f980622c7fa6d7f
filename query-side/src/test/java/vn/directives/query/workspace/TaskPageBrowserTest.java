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

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task page in a real Chromium, as the task's assignee: the survey's forms in the workspace's
 * layout, one step (the findings about an enterprise) typed and sent, the result on the page it
 * returns to. Photographed at desktop and phone width and checked with axe-core.
 *
 * <p>Both sides are started here rather than through {@link RunningWorkspace}: the query side must
 * know the command side's address to forward the step, and the command side the query side's.
 */
class TaskPageBrowserTest {

    private static ConfigurableApplicationContext querySide;
    private static ConfigurableApplicationContext commandSide;
    private static TaskScenario scenario;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        CommandSideMigrations.apply();
        int queryPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            queryPort = socket.getLocalPort();
        }
        String queryUrl = "http://localhost:" + queryPort;
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--directives.query-side.base-url=" + queryUrl);
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

    @Test
    void the_assignee_records_an_enterprise_found_by_the_survey_on_the_task_page() {
        String taskId = scenario.openSurvey("Khảo sát doanh nghiệp KCN Yên Bình");
        String password = RunningWorkspace.account(scenario.memberId, "STEERING_MEMBER", null);
        browser.signIn(scenario.memberId, password);

        // the read model follows the command side asynchronously: the page appears once it has the task
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
            browser.open("/tasks/" + taskId);
            return !browser.all("#step-findings").isEmpty();
        });
        assertThat(browser.text("h1")).isEqualTo("Khảo sát doanh nghiệp KCN Yên Bình");
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
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.screenshots("task-step-form");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("step-closure")));
        assertThat(browser.path()).startsWith("/tasks/" + taskId);
        assertThat(browser.text("#timeline")).contains("Công ty TNHH Điện tử Minh Phát", scenario.memberName);
        // the redirect lands on #timeline; the picture shows the whole page from its top
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.screenshots("task");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
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
        date(opening.findElement(By.name("task.dueDate")), LocalDate.now().plusMonths(3));
        opening.findElement(By.name("expectedProduct")).sendKeys("Hội nghị");
        opening.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
            if (!browser.path().startsWith("/tasks/new") && browser.all("#step-progress-reports").isEmpty()) {
                browser.driver().navigate().refresh();
            }
            return !browser.all("#step-progress-reports").isEmpty();
        });
        assertThat(browser.text("h1")).isEqualTo("Đối thoại với chủ doanh nghiệp KCN");

        WebElement progress = browser.find("#step-progress-reports");
        progress.findElement(By.tagName("summary")).click();
        progress.findElement(By.name("percentage")).sendKeys("40");
        progress.findElement(By.name("text")).sendKeys("Đã đối thoại tại 2 doanh nghiệp");
        progress.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(driver -> browser.text("#task-progress").contains("40%"));

        WebElement delegation = browser.find("#step-sub-tasks");
        delegation.findElement(By.tagName("summary")).click();
        delegation.findElement(By.name("title")).sendKeys("Đối thoại tại Công ty TNHH Yên Bình");
        delegation.findElement(By.name("expectedProduct")).sendKeys("Báo cáo");
        new Select(delegation.findElement(By.name("leadUnitId"))).selectByValue(cell);
        new Select(delegation.findElement(By.name("assigneeId"))).selectByValue(scenario.otherMemberId);
        date(delegation.findElement(By.name("dueDate")), LocalDate.now().plusMonths(2));
        delegation.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("sub-tasks")));
        assertThat(browser.text("#sub-tasks")).contains("Đối thoại tại Công ty TNHH Yên Bình", "0%");
        assertThat(browser.text("#timeline")).contains("Báo cáo tiến độ 40%", "Giao cho cấp dưới");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    /** A date input takes its value as the browser's locale writes dates; the ISO value is set directly. */
    private static void date(WebElement input, LocalDate value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1]", input, value.toString());
    }
}
