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
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.net.ServerSocket;
import java.time.Duration;

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
        browser.find("#f-file").sendKeys(bad.toAbsolutePath().toString());
        browser.find("button[value=validate]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=import-problems]")));
        assertThat(browser.text("[data-test=import-problems]")).contains("3", "Mã số thuế", "tax-code-check-digit");
        browser.screenshots("enterprise-import-check");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        Path good = list(List.of(
                List.of(first, "Công ty TNHH Cơ khí Sông Công", "Lô A1, KCN Sông Công I", ward, "KCN Sông Công I",
                        "Tư nhân", "350", "Đang hoạt động", "01/03/2021"),
                List.of(second, "Công ty CP Dệt may Phổ Yên", "Số 8 đường Thắng Lợi", ward, "",
                        "Có vốn đầu tư nước ngoài", "1.200", "", "15/06/2022")));
        browser.find("#f-file").sendKeys(good.toAbsolutePath().toString());
        browser.find("button[value=import]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=imported]")));
        assertThat(browser.text("[data-test=to-register]")).isEqualTo("2");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
            browser.open("/enterprises?inRegistry=true&commune=" + wardId);
            return browser.all("[data-test=enterprises] tbody tr").size() == 2;
        });
        // the ward is named as the unit is, a Party committee's name
        assertThat(browser.text("[data-test=enterprises]")).contains("Công ty CP Dệt may Phổ Yên",
                "Đảng ủy phường Cải Đan " + suffix);
        browser.screenshots("enterprises-registry");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    private static String registerWard(String name) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(scenario.commandSide + "/api/units"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "%s", "kind": "WARD", "effectiveOn": "2015-01-01"}""".formatted(name)));
        TestAccounts.signIn(request);
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    /** A tax code with a right check digit (weights 31, 29, 23, 19, 17, 13, 7, 5, 3). */
    private static String taxCode() {
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
