package vn.directives.query.workspace;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace in a real Chromium: signing in and out on the page, the Organization
 * Committee's home and board with names instead of ids, a Steering Committee member's own tasks,
 * the English switch, a bad filter explained beside its field, a role refused a page. Every main
 * page is photographed at desktop and phone width and checked with axe-core.
 */
class WorkspacePagesBrowserTest {

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
        browser.open("/signin");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void a_clerk_signs_in_on_the_page_and_signs_out() {
        browser.open("/tasks");
        assertThat(browser.path()).as("an anonymous visitor is sent to the sign-in page").startsWith("/signin");
        browser.screenshots("signin");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.find("#username").sendKeys(clerk);
        browser.find("#password").sendKeys("not the password");
        browser.find("[data-test=signin]").click();
        assertThat(browser.path()).startsWith("/signin?error");
        assertThat(browser.text("[data-test=signin-error]")).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        browser.screenshots("signin-error");

        browser.signIn(clerk, clerkPassword);
        assertThat(browser.text("[data-test=user-name]")).isEqualTo(clerk);
        assertThat(browser.text("[data-test=user-role]")).contains("Ban Tổ chức Tỉnh ủy");

        browser.signOut();
        assertThat(browser.path()).isEqualTo("/signin?signedout");
        assertThat(browser.text("[data-test=signed-out]")).isEqualTo("Bạn đã đăng xuất.");
        browser.open("/");
        assertThat(browser.path()).startsWith("/signin");
    }

    @Test
    void the_organization_committee_home_counts_the_four_categories_per_directive() {
        browser.signIn(clerk, clerkPassword).open("/");

        WebElement row = rowOf("[data-test=per-directive] tbody tr", workspace.directiveNumber);
        List<String> cells = row.findElements(org.openqa.selenium.By.cssSelector("td")).stream()
                .map(WebElement::getText).toList();
        // done on time, done late, open within deadline, open overdue, total, overdue share
        assertThat(cells.subList(1, 7)).containsExactly("0", "0", "2", "1", "3", "33,3%");
        assertThat(browser.text("main")).contains(workspace.memberName);
        assertThat(browser.all("[data-test=indicator-chart] li")).hasSize(4);
        assertThat(browser.text("[data-test=indicator-chart]")).contains("I1", "I4", "chỉ tiêu");
        browser.screenshots("home-organization-committee");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void the_board_shows_names_and_deadline_categories_and_exports_the_filtered_list() throws Exception {
        browser.signIn(clerk, clerkPassword).open("/tasks?directiveId=" + workspace.directiveId);

        assertThat(browser.text("[data-test=total]")).isEqualTo("Tổng số: 3");
        List<WebElement> rows = browser.all("[data-test=task-row]");
        assertThat(rows).hasSize(3);
        assertThat(browser.all("[data-test=lead-unit]")).extracting(WebElement::getText)
                .containsOnly("Huyện ủy Phú Bình " + workspace.suffix);
        assertThat(browser.all("[data-test=assignee]")).extracting(WebElement::getText)
                .containsOnly(workspace.memberName);
        assertThat(browser.all("[data-test=category]")).extracting(WebElement::getText).containsExactly(
                "Quá hạn chưa hoàn thành", "Đang thực hiện trong hạn", "Đang thực hiện trong hạn");
        assertThat(browser.text("[data-test=board]")).contains(workspace.directiveNumber + ", điểm 2");
        browser.screenshots("board");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        HttpResponse<byte[]> workbook = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(workspace.baseUrl() + "/tasks/export?category=OPEN_OVERDUE&directiveId="
                                + workspace.directiveId)).header("Cookie", browser.cookieHeader()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(workbook.statusCode()).isEqualTo(200);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            var sheet = read.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("title, blank, header and one overdue task").isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Khảo sát doanh nghiệp KCN Yên Bình");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Huyện ủy Phú Bình " + workspace.suffix);
            assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo("Quá hạn chưa hoàn thành");
        }

        browser.open("/tasks?lang=en&directiveId=" + workspace.directiveId + "&category=OPEN_OVERDUE");
        assertThat(browser.text("[data-test=category]")).isEqualTo("Open overdue");
        browser.open("/");
        assertThat(browser.text("h1")).as("English is remembered").isEqualTo("Home");
        browser.open("/?lang=vi");
        assertThat(browser.text("h1")).isEqualTo("Trang chủ");
    }

    @Test
    void a_bad_filter_is_explained_at_the_top_and_beside_its_field() {
        browser.signIn(clerk, clerkPassword).open("/tasks?dueFrom=2025-02-01&dueTo=2025-01-01");

        assertThat(browser.text("[data-test=error-summary]")).contains("'dueTo' không được trước 'dueFrom'");
        assertThat(browser.find("[data-test=error-summary] a").getAttribute("href")).endsWith("#dueTo");
        assertThat(browser.find("#dueTo").findElement(org.openqa.selenium.By.xpath(".."))
                .getAttribute("class")).contains("field--error");
    }

    @Test
    void a_steering_committee_member_sees_their_own_tasks_and_not_the_inspectors_pages() {
        String password = RunningWorkspace.account(workspace.memberId, "STEERING_MEMBER", null);
        browser.signIn(workspace.memberId, password).open("/");

        assertThat(browser.text("[data-test=user-name]")).isEqualTo(workspace.memberName);
        assertThat(browser.text("[data-test=mine-overdue]")).contains("(1)");
        assertThat(browser.text("main")).contains("Khảo sát doanh nghiệp KCN Yên Bình");
        browser.screenshots("home-steering-member");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.open("/audit");
        assertThat(browser.text("[data-test=error-title]")).isEqualTo("Bạn không có quyền xem trang này");
        browser.screenshots("error-403");
    }

    /**
     * Not a performance assertion (this machine is shared): prints the board page's server time
     * over 40 requests and its weight (more cost the suite time), for docs/workspace.md.
     */
    @Test
    void the_board_page_is_timed_and_weighed() throws Exception {
        browser.signIn(clerk, clerkPassword);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest board = HttpRequest.newBuilder(URI.create(workspace.baseUrl() + "/tasks?size=50"))
                .header("Cookie", browser.cookieHeader()).build();
        long[] nanos = new long[40];
        int bytes = 0;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> page = http.send(board, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - start;
            assertThat(page.statusCode()).isEqualTo(200);
            bytes = page.body().length;
        }
        java.util.Arrays.sort(nanos);
        HttpResponse<byte[]> css = http.send(HttpRequest.newBuilder(URI.create(workspace.baseUrl()
                + "/assets/workspace.css")).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> htmx = http.send(HttpRequest.newBuilder(URI.create(workspace.baseUrl()
                + "/webjars/htmx.org/dist/htmx.min.js")).build(), HttpResponse.BodyHandlers.ofByteArray());
        System.out.printf("board page: %d requests, p50 %.1f ms, p95 %.1f ms, max %.1f ms; HTML %d bytes,"
                        + " CSS %d bytes, htmx %d bytes (uncompressed)%n", nanos.length, nanos[nanos.length / 2] / 1e6,
                nanos[nanos.length * 95 / 100 - 1] / 1e6, nanos[nanos.length - 1] / 1e6, bytes, css.body().length, htmx.body().length);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(htmx.statusCode()).as("htmx is served from the application, no CDN").isEqualTo(200);
    }

    private static WebElement rowOf(String css, String containing) {
        List<String> seen = new ArrayList<>();
        for (WebElement row : browser.all(css)) {
            if (row.getText().contains(containing)) {
                return row;
            }
            seen.add(row.getText());
        }
        throw new AssertionError("no row with " + containing + " among " + seen);
    }
}
