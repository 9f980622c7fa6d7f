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
        browser.forgetSession();
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

        assertThat(browser.text("[data-test=error-summary]")).as("the filters named by their labels")
                .contains("“Hạn đến ngày” không được trước “Hạn từ ngày”");
        assertThat(browser.find("[data-test=error-summary] a").getAttribute("href")).endsWith("#dueTo");
        assertThat(browser.find("#dueTo").findElement(org.openqa.selenium.By.xpath(".."))
                .getAttribute("class")).contains("field--error");
        assertThat(browser.find("#dueTo").getAttribute("value")).as("a date field shows dd/MM/yyyy")
                .isEqualTo("01/01/2025");
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

        // a Party organization's page: read, but its exits, merger and dissolution are the Organization Committee's
        PartyOrganizations organizations = PartyOrganizations.recorded();
        browser.open("/enterprises/" + organizations.receivingTaxCode);
        assertThat(browser.text("main")).contains(organizations.receivingName);
        assertThat(browser.all("details.party-form")).as("no reorganization form for a Steering Committee member")
                .isEmpty();
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

        // pages are never stored; the stylesheet and htmx are linked by their content's hash and kept a year
        HttpResponse<String> page = http.send(board, HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        java.util.regex.Matcher assets = java.util.regex.Pattern
                .compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"").matcher(page.body());
        java.util.List<String> linked = new java.util.ArrayList<>();
        while (assets.find()) {
            linked.add(assets.group(1));
        }
        // the stylesheet by its content's hash, htmx by its version (a new one changes the address)
        assertThat(linked).hasSize(2).allMatch(path -> path.matches("/assets/.*-[0-9a-f]{32}\\.css")
                || path.matches("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/.*\\.js"));
        for (String path : linked) {
            HttpResponse<byte[]> asset = http.send(HttpRequest.newBuilder(URI.create(workspace.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            assertThat(asset.headers().firstValue("Cache-Control")).as(path)
                    .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000").doesNotContain("no-store"));
        }
    }

    @Test
    void the_administrator_opens_an_account_resets_its_password_and_disables_it() {
        String admin = "admin-" + workspace.suffix;
        browser.signIn(admin, RunningWorkspace.account(admin, "ADMINISTRATOR", null)).open("/accounts");
        assertThat(browser.text("[data-test=accounts]")).contains(admin);
        browser.screenshots("accounts");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        String officer = "officer-" + workspace.suffix;
        browser.fill("#f-create-username", officer).fill("#f-create-password", "một mật khẩu đủ dài 1");
        browser.find("#f-create-roles input[value=UNIT_OFFICER]").click();
        browser.submit("create");
        assertThat(browser.text("#create .field--error")).as("the command side's rule, beside its field")
                .contains("Cán bộ đơn vị phải thuộc một đơn vị.");
        assertThat(browser.find("#error-summary a").getAttribute("href")).endsWith("#f-create-unitId");
        assertThat(browser.text("[data-test=accounts]")).doesNotContain(officer);

        browser.fill("#f-create-password", "một mật khẩu đủ dài 1").choose("#f-create-unitId", workspace.districtUnitId);
        browser.submit("create");
        assertThat(browser.path()).isEqualTo("/accounts/" + officer + "?done=create");
        assertThat(browser.text("[data-test=account]")).contains("Cán bộ đơn vị", "Huyện ủy Phú Bình " + workspace.suffix);
        browser.screenshots("account");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.fill("#f-password-password", "mật khẩu mới đủ dài 2").submit("password");
        assertThat(browser.text("[data-test=done]")).isEqualTo("Đã đặt lại mật khẩu.");
        browser.signOut().signIn(officer, "mật khẩu mới đủ dài 2");
        assertThat(browser.text("[data-test=user-name]")).isEqualTo(officer);
        browser.open("/accounts");
        assertThat(browser.text("[data-test=error-title]")).as("only administrators manage accounts")
                .isEqualTo("Bạn không có quyền xem trang này");

        browser.signOut().signIn(admin, RunningWorkspace.account(admin, "ADMINISTRATOR", null))
                .open("/accounts/" + officer).submit("disable");
        assertThat(browser.text("[data-test=done]")).isEqualTo("Đã khóa tài khoản.");
        assertThat(browser.text("[data-test=account]")).contains("Đã khóa");
        assertThat(browser.all("#enable")).hasSize(1);
    }

    @Test
    void the_organization_committee_registers_a_unit_renames_it_and_appoints_and_relieves_a_member_and_reorganizes_party_organizations() {

        browser.signIn(clerk, clerkPassword).open("/registration");
        browser.screenshots("registration");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.open("/registration/unit").submit("unit");
        assertThat(browser.all("#f-unit-name-error")).as("a unit needs a name, said beside it").hasSize(1);
        assertThat(browser.text("#error-summary")).contains("Tên đơn vị");
        browser.screenshots("registration-unit");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        String name = "Đảng ủy xã Tân Khánh " + workspace.suffix;
        browser.fill("#f-unit-name", name).choose("#f-unit-kind", "COMMUNE").submit("unit");
        assertThat(browser.path()).startsWith("/units?position=");
        assertThat(browser.text("[data-test=units]")).contains(name);

        browser.open("/registration");
        browser.find("[data-test=registration-units]").findElement(org.openqa.selenium.By.linkText(name)).click();
        assertThat(browser.text("h1")).contains(name);
        browser.screenshots("registration-unit-changes");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        String renamed = "Đảng ủy xã Tân Khánh mới " + workspace.suffix;
        browser.fill("#f-renaming-newName", renamed).submit("renaming");
        assertThat(browser.text("[data-test=units]")).contains(renamed);

        String member = "member-new-" + workspace.suffix;
        browser.open("/registration/member").fill("#f-appointment-memberId", member)
                .fill("#f-appointment-displayName", "Lê Thị Hoa " + workspace.suffix)
                .fill("#f-appointment-post", "Ủy viên Ban Chỉ đạo")
                .fill("#f-appointment-email", "không phải thư");
        browser.screenshots("registration-member");
        browser.submit("appointment");
        assertThat(browser.all("#f-appointment-email-error")).as("a malformed address, said beside it").hasSize(1);
        browser.fill("#f-appointment-email", "hoa@example.invalid").fill("#f-appointment-areas", "Khu công nghiệp")
                .submit("appointment");
        assertThat(browser.path()).startsWith("/steering-committee?");
        assertThat(browser.text("main")).contains("Lê Thị Hoa " + workspace.suffix);

        browser.open("/registration/members/" + member);
        assertThat(browser.find("#f-responsibilities-areas").getAttribute("value")).isEqualTo("Khu công nghiệp");
        browser.screenshots("registration-member-changes");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fill("#f-relief-reason", "Nghỉ hưu").submit("relief");
        assertThat(browser.path()).startsWith("/steering-committee?");

        // then the Party organizations of enterprises: members leaving, a dissolution, a merger and a
        // re-affiliation under the commune committee just registered
        reorganizesPartyOrganizationsOnTheirEnterprisesPages(renamed);
    }

    @Test
    void the_organization_committee_registers_a_directive_with_points_and_targets_then_its_urging_policy() {
        String number = (1000 + (int) (Math.random() * 8999)) + "-KH/TU";
        browser.signIn(clerk, clerkPassword).open("/registration/directive")
                .fill("#f-directive-number", number).fill("#f-directive-issuedOn", "2023-03-01")
                .fill("#f-directive-title", "Kế hoạch thực hiện Chỉ thị trong doanh nghiệp")
                .fill("#f-directive-points", "1; Nâng cao nhận thức\n2; Thành lập tổ chức đảng")
                .choose("#f-directive-leadUnitId", workspace.organizationUnitId)
                .fill("#f-directive-targets", "I1; Ít nhất 20% doanh nghiệp có tổ chức đảng; 20; 2030\nI9; Không có; 5; 2030");
        browser.screenshots("registration-directive");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.submit("directive");
        assertThat(browser.text("#f-directive-targets-error")).as("an unknown indicator, said beside the targets")
                .isNotBlank();

        browser.fill("#f-directive-targets", "I1; Ít nhất 20% doanh nghiệp có tổ chức đảng; 20; 2030").submit("directive");
        assertThat(browser.path()).startsWith("/registration/directives/");
        String directiveId = browser.path().substring("/registration/directives/".length()).replaceAll("\\?.*", "");
        assertThat(browser.text("h1")).contains(number);
        assertThat(browser.text("[data-test=done]")).isEqualTo("Đã ghi nhận.");
        browser.screenshots("registration-directive-urging");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.fill("#f-urging-remindWorkingDaysBefore", "2").fill("#f-urging-escalateAfterWorkingDays", "4")
                .submit("urging");
        assertThat(browser.path()).startsWith("/directives/" + directiveId + "?position=");
        assertThat(browser.text("main")).contains(number);
    }

    /**
     * On an enterprise's page, the Organization Committee records members leaving (refused beside the
     * count while it exceeds the members there are, the count kept as typed), dissolves the organization
     * into two successors picked by name (the page was stale: answered with the organization as it is
     * now and the form kept, the successors moved up to fill the blank row), and merges another into a
     * third: the third counts every member that came to it; the third is then re-affiliated (the kind
     * and committee it already has refused beside the kind, the form starting from its kind) as a
     * grassroots committee under {@code committee}, picked by its name. Signed in as the Organization
     * Committee.
     */
    private void reorganizesPartyOrganizationsOnTheirEnterprisesPages(String committee) {
        PartyOrganizations organizations = PartyOrganizations.recorded();
        browser.open("/enterprises/" + organizations.dissolvedTaxCode);
        assertThat(browser.text("[data-test=members-by-status]")).startsWith("5 chính thức, 1 dự bị");

        browser.find("#exit summary").click();
        browser.choose("#f-exit-reason", "DEATH").choose("#f-exit-status", "OFFICIAL").fill("#f-exit-members", "9")
                .fill("#f-exit-effectiveOn", "01/06/2025").submit("exit");
        assertThat(browser.text("#f-exit-members-error")).as("the command side's refusal, beside the count")
                .contains("chỉ có 5");
        assertThat(browser.find("#f-exit-members").getAttribute("value")).isEqualTo("9");
        assertThat(browser.text("#error-summary")).contains("Số đảng viên");
        browser.fill("#f-exit-members", "1").submit("exit");
        assertThat(browser.text("[data-test=done]")).isEqualTo("Đã ghi nhận đảng viên ra khỏi tổ chức.");
        assertThat(browser.text("[data-test=members-by-status]")).startsWith("4 chính thức, 1 dự bị");
        assertThat(browser.text("[data-test=members-left]")).isEqualTo("1");

        // the successors are offered by name (with their enterprise), never this organization itself
        browser.find("#dissolution summary").click();
        List<String> offered = browser.all("#f-dissolution-successors-0-partyOrganizationId option").stream()
                .map(WebElement::getText).toList();
        assertThat(offered).anyMatch(text -> text.startsWith(organizations.receivingName))
                .noneMatch(text -> text.startsWith(organizations.dissolvedName))
                .noneMatch(text -> text.contains(organizations.receivingId));
        browser.fill("#f-dissolution-reason", "Doanh nghiệp chia tách " + workspace.suffix)
                .choose("#f-dissolution-successors-0-partyOrganizationId", organizations.receivingId)
                .fill("#f-dissolution-successors-0-members-official", "2")
                .choose("#f-dissolution-successors-2-partyOrganizationId", organizations.secondSuccessorId)
                .fill("#f-dissolution-successors-2-members-official", "1")
                .fill("#f-dissolution-successors-2-members-probationary", "1");
        // meanwhile someone records through the API that an official member left
        organizations.exitThroughTheApi(organizations.dissolvedId);
        browser.submit("dissolution");
        assertThat(browser.text("#stale-notice")).contains("vừa được người khác cập nhật");
        assertThat(browser.text("[data-test=members-by-status]")).as("the organization as it is now")
                .startsWith("3 chính thức, 1 dự bị");
        assertThat(browser.find("#f-dissolution-reason").getAttribute("value")).contains("chia tách");
        assertThat(browser.find("#f-dissolution-successors-1-partyOrganizationId").getAttribute("value"))
                .as("the successor typed in the third row, moved up").isEqualTo(organizations.secondSuccessorId);
        browser.screenshots("party-organization-dissolution");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.submit("dissolution");
        assertThat(browser.text("[data-test=done]")).startsWith("Đã ghi nhận việc giải thể");
        assertThat(browser.all("[data-test=party-organization]")).as("closed: the enterprise has none now").isEmpty();
        assertThat(browser.all("details.party-form")).isEmpty();

        browser.open("/enterprises/" + organizations.mergedTaxCode).find("#merger summary").click();
        browser.find("#f-merger-intoPartyOrganizationId").findElements(org.openqa.selenium.By.tagName("option"))
                .stream().filter(option -> option.getText().startsWith(organizations.receivingName)).findFirst()
                .orElseThrow().click();
        browser.submit("merger");
        assertThat(browser.text("[data-test=done]")).startsWith("Đã ghi nhận việc hợp nhất");

        // 10 of its own, 3 by the merger and 2 from the dissolution
        browser.open("/enterprises/" + organizations.receivingTaxCode);
        assertThat(browser.text("[data-test=members-by-status]")).startsWith("15 chính thức, 0 dự bị");

        browser.find("#affiliation summary").click();
        assertThat(browser.find("#f-affiliation-kind").getDomProperty("value")).as("the form starts from its kind")
                .isEqualTo("GRASSROOTS_CELL");
        browser.choose("#f-affiliation-superiorCommitteeUnitId", workspace.districtUnitId).submit("affiliation");
        assertThat(browser.text("#f-affiliation-kind-error")).as("the command side's refusal, beside the kind")
                .contains("đã có loại và cấp ủy cấp trên trực tiếp này");
        assertThat(browser.find("#f-affiliation-superiorCommitteeUnitId").getDomProperty("value"))
                .isEqualTo(workspace.districtUnitId);
        browser.choose("#f-affiliation-kind", "GRASSROOTS_COMMITTEE");
        browser.find("#f-affiliation-superiorCommitteeUnitId").findElements(org.openqa.selenium.By.tagName("option"))
                .stream().filter(option -> option.getText().equals(committee)).findFirst().orElseThrow().click();
        browser.submit("affiliation");
        assertThat(browser.text("[data-test=done]")).startsWith("Đã ghi nhận loại tổ chức đảng");
        assertThat(browser.text("[data-test=party-organization]")).contains("Đảng bộ cơ sở", committee)
                .contains("15 chính thức, 0 dự bị");
    }

    /** Four Party organizations of enterprises recorded through the command side's API, once per class. */
    private static final class PartyOrganizations {

        private static PartyOrganizations recorded;

        final String dissolvedTaxCode = TaskPageBrowserTest.taxCode();
        final String mergedTaxCode = TaskPageBrowserTest.taxCode();
        final String receivingTaxCode = TaskPageBrowserTest.taxCode();
        final String dissolvedName = "Chi bộ Công ty TNHH Minh Phát " + workspace.suffix;
        final String receivingName = "Đảng bộ Công ty CP Gang Thép " + workspace.suffix;
        final String dissolvedId;
        final String receivingId;
        final String secondSuccessorId;

        private PartyOrganizations() {
            dissolvedId = record(dissolvedTaxCode, "Công ty TNHH Minh Phát", dissolvedName, 5, 1);
            record(mergedTaxCode, "Công ty CP Hòa Bình", "Chi bộ Công ty CP Hòa Bình " + workspace.suffix, 3, 0);
            receivingId = record(receivingTaxCode, "Công ty CP Gang Thép", receivingName, 10, 0);
            secondSuccessorId = record(TaskPageBrowserTest.taxCode(), "Công ty TNHH An Khánh",
                    "Chi bộ Công ty TNHH An Khánh " + workspace.suffix, 2, 0);
            workspace.sides.awaitCaughtUp(java.time.Duration.ofSeconds(60));
        }

        static synchronized PartyOrganizations recorded() {
            if (recorded == null) {
                recorded = new PartyOrganizations();
            }
            return recorded;
        }

        private static String record(String taxCode, String enterprise, String name, int official, int probationary) {
            return vn.directives.query.infrastructure.BothSides.json(vn.directives.query.infrastructure.BothSides
                    .require(workspace.sides.postCommand("/api/party-organizations", """
                            {"enterpriseTaxCode": "%s", "enterpriseName": "%s %s", "organizationName": "%s",
                             "kind": "GRASSROOTS_CELL", "superiorCommitteeUnitId": "%s", "since": "2020-01-01",
                             "source": "INITIAL_REGISTRY", "officialMembers": %d, "probationaryMembers": %d}"""
                            .formatted(taxCode, enterprise, workspace.suffix, name, workspace.districtUnitId,
                                    official, probationary)), 201)).get("id").asString();
        }

        void exitThroughTheApi(String partyOrganizationId) {
            vn.directives.query.infrastructure.BothSides.require(workspace.sides.postCommand(
                    "/api/party-organizations/" + partyOrganizationId + "/exits", """
                            {"reason": "REMOVAL_FROM_ROLLS", "status": "OFFICIAL", "members": 1, "effectiveOn": "2025-06-02"}"""),
                    200);
        }
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
