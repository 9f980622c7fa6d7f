package vn.directives.query.workspace.task;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.directives.command.CommandSideApplication;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;
import vn.directives.query.security.Browser;
import vn.directives.command.support.TestAccounts;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task page and its step forms over real HTTP, both sides running on the real database: the
 * forms offered, a step taken and shown at once, a refusal beside its field, a step refused to a
 * member who may not act, a double submit, a stale page.
 */
class TaskPagesTest {

    private static ConfigurableApplicationContext querySide;
    private static ConfigurableApplicationContext commandSide;
    private static String queryUrl;
    private static TaskScenario scenario;
    private static Browser member;
    private static Browser otherMember;
    private static Browser clerk;

    @BeforeAll
    static void startBothSides() throws IOException {
        CommandSideMigrations.apply();
        int queryPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            queryPort = socket.getLocalPort();
        }
        queryUrl = "http://localhost:" + queryPort;
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--directives.query-side.base-url=" + queryUrl);
        String commandUrl = "http://localhost:" + commandSide.getEnvironment().getRequiredProperty("local.server.port");
        querySide = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=" + queryPort, "--directives.workspace.command-side-url=" + commandUrl);
        scenario = new TaskScenario(commandUrl);
        member = signedIn(scenario.memberId, "STEERING_MEMBER");
        otherMember = signedIn(scenario.otherMemberId, "STEERING_MEMBER");
        clerk = signedIn("clerk-" + scenario.memberId, "ORGANIZATION_COMMITTEE");
    }

    private static Browser signedIn(String user, String roles) {
        TestAccounts.basic(user, roles, null);
        Browser browser = new Browser();
        HttpResponse<String> signedIn = browser.signIn(queryUrl, user, TestAccounts.password(user, roles, null));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return browser;
    }

    @AfterAll
    static void stopBothSides() {
        if (querySide != null) {
            querySide.close();
        }
        if (commandSide != null) {
            commandSide.close();
        }
    }

    @Test
    void the_assignee_records_findings_and_closes_the_survey_each_step_shown_at_once() {
        String taskId = scenario.openSurvey("Khảo sát KCN Yên Bình");
        HttpResponse<String> page = get("/tasks/" + taskId + "?position=" + lastPosition(), member);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Khảo sát KCN Yên Bình", "id=\"step-findings\"",
                "id=\"step-extension-requests\"").doesNotContain("id=\"step-closure\"", "id=\"step-cancellation\"");

        HttpResponse<String> recorded = post("/tasks/" + taskId + "/steps/findings", member, form(page,
                "step-findings", Map.of("taxCode", "4601234567", "enterpriseName", "Công ty TNHH Điện tử Minh Phát",
                        "ownership", "FOREIGN_INVESTED", "workers", "1.200", "officialMembers", "4",
                        "tradeUnion", "true", "ownerAttitude", "SUPPORTIVE")));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
        String location = recorded.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/tasks/" + taskId + "?position=");

        HttpResponse<String> after = get(location.substring(location.indexOf("/tasks/")), member);
        assertThat(after.body()).contains("Công ty TNHH Điện tử Minh Phát", "id=\"step-closure\"");

        HttpResponse<String> closed = post("/tasks/" + taskId + "/steps/closure", member,
                form(after, "step-closure", Map.of("summary", "Đã khảo sát 1 doanh nghiệp.")));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(302);
        HttpResponse<String> done = get(path(closed), member);
        assertThat(done.body()).contains("Đã hoàn thành", "id=\"no-steps\"");
    }

    @Test
    void a_refused_step_shows_the_vietnamese_message_beside_its_field_and_in_the_summary() {
        String taskId = scenario.openSurvey("Khảo sát xin gia hạn");
        HttpResponse<String> page = get("/tasks/" + taskId + "?position=" + lastPosition(), member);

        HttpResponse<String> refused = post("/tasks/" + taskId + "/steps/extension-requests", member,
                form(page, "step-extension-requests", Map.of("requestedDueDate", LocalDate.now().toString(),
                        "reason", "Chưa bố trí được lịch")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"error-summary\"", "href=\"#f-requestedDueDate\"");
        assertThat(refused.body()).containsPattern(
                "id=\"f-requestedDueDate-error\"[^>]*>Hạn đề nghị phải sau hạn hiện tại");
        assertThat(refused.body()).contains("Chưa bố trí được lịch</textarea>");
    }

    @Test
    void a_member_who_may_not_act_sees_no_form_and_is_refused_when_posting_anyway() {
        String taskId = scenario.openSurvey("Khảo sát của người khác");
        HttpResponse<String> mine = get("/tasks/" + taskId + "?position=" + lastPosition(), member);
        HttpResponse<String> theirs = get("/tasks/" + taskId, otherMember);
        assertThat(theirs.body()).contains("id=\"no-steps\"").doesNotContain("class=\"step-form\"");
        int before = timelineEntries(theirs.body());

        Map<String, String> fields = form(mine, "step-findings", Map.of("taxCode", "4601234568", "enterpriseName", "Công ty A",
                        "ownership", "PRIVATE", "ownerAttitude", "UNDECIDED"));
        fields.remove("_csrf");
        // with their own session's CSRF token, so that the refusal is the aggregate's
        HttpResponse<String> refused = otherMember.post(queryUrl + "/tasks/" + taskId + "/steps/findings", fields);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Bạn không được giao nhiệm vụ này.");
        assertThat(timelineEntries(get("/tasks/" + taskId, clerk).body())).isEqualTo(before);
    }

    @Test
    void the_same_form_submitted_twice_is_recorded_once() {
        String taskId = scenario.openSurvey("Khảo sát bấm hai lần");
        HttpResponse<String> page = get("/tasks/" + taskId + "?position=" + lastPosition(), member);
        int before = timelineEntries(page.body());
        Map<String, String> body = form(page, "step-findings", Map.of("taxCode", "4601234569", "enterpriseName", "Công ty B",
                "ownership", "PRIVATE", "ownerAttitude", "SUPPORTIVE"));

        HttpResponse<String> first = post("/tasks/" + taskId + "/steps/findings", member, body);
        HttpResponse<String> second = post("/tasks/" + taskId + "/steps/findings", member, body);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(timelineEntries(get(path(second), member).body())).isEqualTo(before + 1);
    }

    @Test
    void a_stale_page_is_answered_with_the_new_state_and_nothing_recorded() {
        String taskId = scenario.openSurvey("Khảo sát cũ");
        HttpResponse<String> seen = get("/tasks/" + taskId + "?position=" + lastPosition(), member);
        HttpResponse<String> clerkPage = get("/tasks/" + taskId, clerk);
        HttpResponse<String> reassigned = post("/tasks/" + taskId + "/steps/extension-requests", clerk,
                form(clerkPage, "step-extension-requests", Map.of("requestedDueDate",
                        LocalDate.now().plusMonths(4).toString(), "reason", "Bổ sung doanh nghiệp")));
        assertThat(reassigned.statusCode()).isEqualTo(302);
        get(path(reassigned), clerk);

        HttpResponse<String> stale = post("/tasks/" + taskId + "/steps/findings", member,
                form(seen, "step-findings", Map.of("taxCode", "4601234570", "enterpriseName", "Công ty C",
                        "ownership", "PRIVATE", "ownerAttitude", "SUPPORTIVE")));

        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.body()).contains("id=\"stale-notice\"", "Đang chờ xem xét: gia hạn đến");
        assertThat(stale.body()).doesNotContain("Công ty C</td>");
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static long lastPosition() {
        return querySide.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT coalesce(max(global_index), 0) FROM events.domain_event_entry").query(Long.class).single();
    }

    private static int timelineEntries(String page) {
        String body = page.substring(page.indexOf("id=\"timeline\""));
        return body.split("<tr>", -1).length - 2;
    }

    /** The hidden fields of one form of the page, with the values given. */
    private static Map<String, String> form(HttpResponse<String> page, String formId, Map<String, String> values) {
        String html = page.body();
        int start = html.indexOf("id=\"" + formId + "\"");
        assertThat(start).as("form " + formId + " on the page").isGreaterThan(0);
        String section = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(section);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&quot;", "\""));
        }
        fields.putAll(values);
        return fields;
    }

    private static String path(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/tasks/"));
    }

    /** A page; one asked at a position is asked again while the read models are still behind it (503). */
    private static HttpResponse<String> get(String path, Browser browser) {
        return org.awaitility.Awaitility.await(path).atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> browser.get(queryUrl + path), response -> response.statusCode() != 503);
    }

    /** Posts the form as the page carries it (its CSRF token among its hidden fields). */
    private static HttpResponse<String> post(String path, Browser browser, Map<String, String> form) {
        return browser.postAsIs(queryUrl + path, form);
    }
}
