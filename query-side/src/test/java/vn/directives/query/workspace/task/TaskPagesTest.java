package vn.directives.query.workspace.task;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
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
 * The task page and its step forms over real HTTP, both sides running on the real database: a
 * refusal beside its field, and the task's discussion. A step taken and shown at once, a step
 * refused to a member who may not act, a double submit and a stale page are walked in the real
 * browser ({@code TaskPageBrowserTest}).
 */
class TaskPagesTest {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern(
            "dd/MM/yyyy");

    private static ConfigurableApplicationContext querySide;
    private static ConfigurableApplicationContext commandSide;
    private static String queryUrl;
    private static TaskScenario scenario;
    private static Browser member;
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
    void a_refused_step_shows_the_vietnamese_message_beside_its_field_and_in_the_summary() {
        String taskId = scenario.openSurvey("Khảo sát xin gia hạn");
        HttpResponse<String> page = get("/tasks/" + taskId + "?position=" + lastPosition(), member);

        HttpResponse<String> refused = post("/tasks/" + taskId + "/steps/extension-requests", member,
                form(page, "step-extension-requests", Map.of("requestedDueDate", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString(),
                        "reason", "Chưa bố trí được lịch")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"error-summary\"", "href=\"#f-requestedDueDate\"");
        assertThat(refused.body()).containsPattern(
                "id=\"f-requestedDueDate-error\"[^>]*>Hạn đề nghị phải sau hạn hiện tại");
        assertThat(refused.body()).contains("Chưa bố trí được lịch</textarea>");
    }

    @Test
    void a_refusal_names_the_field_by_its_label_and_a_date_is_typed_day_first() {
        String taskId = scenario.openSurvey("Khảo sát xin gia hạn không lý do");
        HttpResponse<String> page = get("/tasks/" + taskId + "?position=" + lastPosition(), member);
        String typed = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(4).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        HttpResponse<String> refused = post("/tasks/" + taskId + "/steps/extension-requests", member,
                form(page, "step-extension-requests", Map.of("requestedDueDate", typed, "reason", "")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).as("the label, not the JSON name").containsPattern(
                "id=\"f-reason-error\"[^>]*>“Lý do” không được để trống").doesNotContain("'reason'");
        assertThat(refused.body()).as("the date typed day first is kept as typed")
                .contains("value=\"" + typed + "\"").doesNotContain("id=\"f-requestedDueDate-error\"");
    }

    /**
     * A survey's follow-up (a general task delegated from the survey) completed on its page with the trade
     * union it founded: the form names the enterprise, a kind the enterprise already has is refused beside
     * its field with nothing recorded, and once recorded the founding is in the task's timeline, in the
     * enterprise's picture naming the task, and in the totals of the enterprise's ward.
     */
    @Test
    void a_survey_follow_up_completes_with_the_trade_union_it_founded_and_the_enterprise_and_its_ward_count_it() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TaskScenario.RegisteredEnterprise enterprise = scenario.enterprise("Công ty TNHH May Tân Thịnh " + suffix);
        scenario.post("/api/enterprises/" + enterprise.taxCode() + "/socio-political-organizations", """
                {"kind": "YOUTH_UNION", "members": 40, "effectiveOn": "2021-03-26"}""");
        String surveyId = scenario.openSurvey("Khảo sát doanh nghiệp phường Tân Thịnh " + suffix);
        String ward = scenario.unitUnder("Đảng ủy phường Tân Thịnh " + suffix);
        String title = "Vận động thành lập công đoàn cơ sở " + suffix;
        String followUp = TaskScenario.id(scenario.post("/api/surveys/" + surveyId + "/sub-tasks", """
                {"title": "%s", "expectedProduct": "Báo cáo", "leadUnitId": "%s", "assigneeId": "%s", "dueDate": "%s"}"""
                .formatted(title, ward, scenario.memberId, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                        .plusMonths(1))));
        HttpResponse<String> page = get("/tasks/" + followUp + "?position=" + lastPosition(), member);
        assertThat(page.body()).as("the enterprise offered by its name")
                .contains("id=\"f-organizationFounded-enterpriseTaxCode\"", enterprise.name() + " (" + enterprise.taxCode());
        String foundedOn = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3).format(DAY);

        HttpResponse<String> refused = post("/tasks/" + followUp + "/steps/completion", member,
                form(page, "step-completion", Map.of("productDocument", "Báo cáo số 11-BC/ĐU",
                        "organizationFounded.enterpriseTaxCode", enterprise.taxCode(),
                        "organizationFounded.kind", "YOUTH_UNION", "organizationFounded.members", "25")));
        HttpResponse<String> completed = post("/tasks/" + followUp + "/steps/completion", member,
                form(page, "step-completion", Map.of("productDocument", "Báo cáo số 11-BC/ĐU",
                        "organizationFounded.enterpriseTaxCode", enterprise.taxCode(),
                        "organizationFounded.kind", "TRADE_UNION", "organizationFounded.members", "120",
                        "organizationFounded.foundedOn", foundedOn)));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).as("the registry's rule beside the kind's field").containsPattern(
                "id=\"f-organizationFounded-kind-error\"[^>]*>Doanh nghiệp đã có tổ chức loại này");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(302);
        HttpResponse<String> after = get(path(completed), member);
        assertThat(after.body()).contains("đã thành lập Công đoàn cơ sở tại " + enterprise.name() + " (MST "
                + enterprise.taxCode() + ") ngày " + foundedOn + ", 120 thành viên");
        String picture = TaskScenario.send(HttpRequest.newBuilder(URI.create(queryUrl + "/api/enterprises/"
                + enterprise.taxCode() + "?position=" + lastPosition())).header("Authorization", scenario.clerk)).body();
        tools.jackson.databind.JsonNode organizations = JSON.readTree(picture).path("socioPoliticalOrganizations");
        assertThat(organizations.findValuesAsString("code")).containsExactlyInAnyOrder("TRADE_UNION", "YOUTH_UNION");
        for (tools.jackson.databind.JsonNode organization : organizations) {
            if (organization.path("kind").path("code").asString().equals("TRADE_UNION")) {
                assertThat(organization.path("members").asInt()).isEqualTo(120);
                assertThat(organization.path("foundedBy").path("title").asString()).isEqualTo(title);
                assertThat(organization.path("foundedBy").path("taskId").asString()).isEqualTo(followUp);
            } else {
                assertThat(organization.path("foundedBy").isNull()).as("recorded directly: no task").isTrue();
            }
        }
        tools.jackson.databind.JsonNode totals = JSON.readTree(TaskScenario.send(HttpRequest.newBuilder(URI.create(
                queryUrl + "/api/indicators/localities?at=" + LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))))
                .header("Authorization", scenario.clerk)).body());
        tools.jackson.databind.JsonNode wardRow = null;
        for (tools.jackson.databind.JsonNode row : totals.path("communes")) {
            if (enterprise.wardId().equals(row.path("locality").path("id").asString())) {
                wardRow = row;
            }
        }
        assertThat(wardRow).as("the enterprise's ward").isNotNull();
        assertThat(wardRow.path("socioPoliticalOrganizations").toString())
                .contains("{\"kind\":{\"code\":\"TRADE_UNION\",\"label\":\"Công đoàn cơ sở\",\"labelEn\":\"Trade union\"},"
                        + "\"organizations\":1,\"members\":120}");
        String enterprisePage = get("/enterprises/" + enterprise.taxCode(), clerk).body();
        assertThat(enterprisePage).as("the organization names the task that founded it, linked")
                .contains("href=\"/tasks/" + followUp + "\"", title);
    }

    /**
     * Discussion on a task, over both sides' real HTTP: comments, documents and urging on the spot,
     * through the workspace and through the API, and what they notify.
     */
    @Nested
    class Discussion {

        private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

        @Test
        void a_comment_from_the_task_page_is_shown_with_its_authors_name_and_tells_the_lead_unit() {
            String taskId = scenario.openSurvey("Khảo sát có trao đổi");
            HttpResponse<String> page = get("/tasks/" + taskId + "?position=" + lastPosition(), member);
            assertThat(page.body()).contains("id=\"comment-form\"", "id=\"attachment-form\"", "id=\"no-comments\"");

            HttpResponse<String> posted = post("/tasks/" + taskId + "/comments", member,
                    form(page, "comment-form", Map.of("text", "Đã làm việc với Ban quản lý KCN ngày 12/3.")));

            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
            HttpResponse<String> after = get(path(posted), member);
            String comments = after.body().substring(after.body().indexOf("id=\"comments\""));
            assertThat(comments).contains(scenario.memberName, "Đã làm việc với Ban quản lý KCN ngày 12/3.");
            assertThat(after.body()).contains("Ý kiến: “Đã làm việc với Ban quản lý KCN ngày 12/3.”");
            assertThat(inbox(scenario.unitId)).contains("COMMENT").contains(taskId);
            assertThat(inbox(scenario.memberId)).contains("ASSIGNED").doesNotContain("\"COMMENT\"");
        }

        /**
         * A coordinating unit's officer reports its part over the API: the task page shows it beside
         * the task's own progress, marked with the unit, which the timeline names too; naming a unit
         * one is not an officer of is refused, naming the field, Vietnamese first.
         */
        @Test
        void a_coordinating_units_progress_report_is_shown_on_the_task_page_marked_with_its_unit() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String labourName = "Liên đoàn Lao động tỉnh " + suffix;
            String labour = scenario.unit(labourName, "LABOUR_FEDERATION");
            String taskId = scenario.openGeneralTask("Đối thoại với chủ doanh nghiệp " + suffix, labour);
            String reports = scenario.commandSide + "/api/general-tasks/" + taskId + "/progress-reports";

            HttpResponse<String> contributed = TaskScenario.send(java.net.http.HttpRequest.newBuilder(URI.create(reports))
                    .header("Authorization", TestAccounts.basic("officer-" + labour, "UNIT_OFFICER", labour))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"percentage\": 30, \"text\": \"Đã mời 12 công đoàn cơ sở\"}", StandardCharsets.UTF_8)));
            HttpResponse<String> refused = TaskScenario.send(java.net.http.HttpRequest.newBuilder(URI.create(reports))
                    .header("Authorization", TestAccounts.basic(scenario.memberId, "STEERING_MEMBER", null))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"percentage\": 50, \"text\": \"Xong\", "
                            + "\"coordinatingUnitId\": \"" + labour + "\"}", StandardCharsets.UTF_8)));

            assertThat(contributed.statusCode()).as(contributed.body()).isEqualTo(200);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            tools.jackson.databind.JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.path("detail").asString()).startsWith("Đồng chí không phải cán bộ của đơn vị");
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("coordinatingUnitId");
            assertThat(problem.path("errors").get(0).path("rule").asString()).isEqualTo("not-your-unit");
            String page = get("/tasks/" + taskId + "?position=" + lastPosition(), member).body();
            String contributions = page.substring(page.indexOf("id=\"task-contributions\""));
            assertThat(contributions.substring(0, contributions.indexOf("</dd>")))
                    .contains(labourName, "30%", "Đã mời 12 công đoàn cơ sở", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(DAY));
            String progress = page.substring(page.indexOf("id=\"task-progress\""));
            assertThat(progress.substring(0, progress.indexOf("</dd>"))).as("the task's own progress")
                    .contains("<span>0%</span>");
            assertThat(page).contains("Báo cáo tiến độ (đóng góp của đơn vị phối hợp " + labourName + ") 30%");
        }

        @Test
        void an_empty_comment_is_refused_beside_its_field_and_nothing_is_recorded() {
            String taskId = scenario.openSurvey("Khảo sát ý kiến trống");
            HttpResponse<String> page = get("/tasks/" + taskId + "?position=" + lastPosition(), member);
            int before = timelineEntries(page.body());

            HttpResponse<String> refused = post("/tasks/" + taskId + "/comments", member,
                    form(page, "comment-form", Map.of("text", "   ")));

            HttpResponse<String> shown = get(path(refused), member);
            assertThat(shown.body()).contains("id=\"discussion-error\"", "id=\"comment-text-error\"",
                    "Hãy nhập nội dung ý kiến.");
            assertThat(timelineEntries(shown.body())).isEqualTo(before);
            assertThat(api(scenario.commandSide + "/api/surveys/" + taskId + "/comments", "application/json",
                    "{\"text\": \"\"}".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        }

        @Test
        void a_document_uploaded_on_the_task_page_downloads_byte_identical() {
            String taskId = scenario.openSurvey("Khảo sát có biên bản");
            HttpResponse<String> page = get("/tasks/" + taskId + "?position=" + lastPosition(), member);
            byte[] pdf = pdf(40_000);
            Map<String, String> fields = form(page, "attachment-form", Map.of());

            HttpResponse<String> uploaded = uploadFromPage("/tasks/" + taskId + "/attachments", fields,
                    "Biên bản làm việc với KCN.pdf", pdf);

            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
            HttpResponse<String> after = get(path(uploaded), member);
            Matcher link = Pattern.compile("href=\"(/tasks/" + taskId + "/attachments/[^\"]+)\"").matcher(after.body());
            assertThat(link.find()).as(after.body()).isTrue();
            assertThat(after.body()).contains("Biên bản làm việc với KCN.pdf", sha256(pdf));
            HttpResponse<byte[]> download = member.getBytes(queryUrl + link.group(1));
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(pdf);
            assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    disposition -> assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''"));
        }

        @Test
        void a_5_MB_pdf_is_downloaded_byte_identical_with_its_sha256() {
            String taskId = scenario.openSurvey("Khảo sát có báo cáo 5 MB");
            byte[] pdf = pdf(5 * 1024 * 1024);
            String hash = sha256(pdf);

            HttpResponse<String> created = uploadApi(taskId, "Báo cáo kết quả khảo sát.pdf", pdf, hash);

            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String location = created.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith(queryUrl + "/api/tasks/" + taskId + "/attachments/");
            HttpResponse<byte[]> download = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> readApi(location + "?position=" + TaskScenario.position(created)),
                            response -> response.statusCode() != 503 && response.statusCode() != 404);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(pdf);
            assertThat(sha256(download.body())).isEqualTo(hash);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(download.headers().firstValue("ETag")).hasValue("\"" + hash + "\"");
            assertThat(download.headers().firstValue("Repr-Digest")).hasValue("sha-256=:"
                    + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(hash)) + ":");
            HttpResponse<String> timeline = TaskScenario.send(java.net.http.HttpRequest.newBuilder(
                    URI.create(queryUrl + "/api/tasks/" + taskId + "/timeline")).header("Authorization", scenario.clerk));
            assertThat(timeline.body()).contains("Đính kèm tài liệu: “Báo cáo kết quả khảo sát.pdf” (PDF, 5,0 MB)");
        }

        @Test
        void a_25_MB_file_is_refused_with_413_and_a_problem_document() {
            String taskId = scenario.openSurvey("Khảo sát tệp quá lớn");

            HttpResponse<String> refused = uploadApi(taskId, "quá lớn.pdf", pdf(25 * 1024 * 1024), null);

            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("\"file-too-large\"", "\"title_en\"");
            assertNothingStored(taskId);
        }

        @Test
        void an_executable_renamed_pdf_is_refused_for_its_content() {
            String taskId = scenario.openSurvey("Khảo sát tệp thực thi");
            byte[] executable = new byte[4096];
            executable[0] = 'M';
            executable[1] = 'Z';

            HttpResponse<String> refused = uploadApi(taskId, "bao-cao.pdf", executable, null);

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("\"type-not-accepted\"", "\"field\":\"file\"");
            assertNothingStored(taskId);
        }

        @Test
        void bytes_that_do_not_match_the_declared_hash_are_refused() {
            String taskId = scenario.openSurvey("Khảo sát tệp hỏng");

            HttpResponse<String> refused = uploadApi(taskId, "bao-cao.pdf", pdf(2048), sha256(pdf(2047)));

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("\"hash-mismatch\"", "\"field\":\"sha256\"");
            assertNothingStored(taskId);
        }

        @Test
        void urging_now_from_the_task_page_reaches_the_assignees_inbox_and_the_e_mail_outbox() {
            String taskId = scenario.openSurvey("Khảo sát cần đôn đốc");
            HttpResponse<String> page = get("/tasks/" + taskId + "?position=" + lastPosition(), clerk);
            assertThat(get("/tasks/" + taskId, member).body()).doesNotContain("id=\"step-urgings\"");

            HttpResponse<String> urged = post("/tasks/" + taskId + "/steps/urgings", clerk,
                    form(page, "step-urgings", Map.of("message", "Đề nghị hoàn thành trước ngày 20.")));

            assertThat(urged.statusCode()).as(urged.body()).isEqualTo(302);
            assertThat(get(path(urged), clerk).body()).contains("Đôn đốc trực tiếp thành viên " + scenario.memberName)
                    // an account keeps no name: its user id and the role it acted in
                    .contains("clerk-" + scenario.memberId + " (Ban Tổ chức Tỉnh ủy)");
            assertThat(inbox(scenario.memberId)).contains("URGED", "Đề nghị hoàn thành trước ngày 20.");
            assertThat(inbox(scenario.unitId)).contains("URGED");
            Integer outbox = commandSide.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                    "SELECT count(*) FROM command.urging_notice WHERE task_id = ? AND recipient = 'ASSIGNEE'"
                            + " AND subject LIKE '[Đôn đốc]%'",
                    Integer.class, taskId);
            assertThat(outbox).isEqualTo(1);
        }

        private void assertNothingStored(String taskId) {
            Integer rows = commandSide.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                    "SELECT count(*) FROM events.attachment_content WHERE task_id = ?", Integer.class, taskId);
            Integer events = commandSide.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                    "SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ?", Integer.class,
                    taskId);
            assertThat(rows).isZero();
            assertThat(events).as("only the opening").isEqualTo(1);
        }

        /** The notifications of a member's or unit's inbox as JSON text, read by the Organization Committee's clerk. */
        private String inbox(String recipient) {
            String user = recipient.equals(scenario.unitId) ? "officer-" + recipient : recipient;
            String roles = recipient.equals(scenario.unitId) ? "UNIT_OFFICER" : "STEERING_MEMBER";
            String unit = recipient.equals(scenario.unitId) ? recipient : null;
            String credentials = TestAccounts.basic(user, roles, unit);
            return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> TaskScenario.send(java.net.http.HttpRequest.newBuilder(URI.create(queryUrl
                                    + "/api/inboxes/" + recipient + "/notifications?position=" + lastPosition()))
                                    .header("Authorization", credentials)),
                            response -> response.statusCode() == 200).body();
        }

        private HttpResponse<String> uploadApi(String taskId, String fileName, byte[] content, String sha256) {
            Multipart body = new Multipart().file("file", fileName, "application/octet-stream", content);
            if (sha256 != null) {
                body.field("sha256", sha256);
            }
            return api(scenario.commandSide + "/api/surveys/" + taskId + "/attachments", body.contentType(),
                    body.bytes());
        }

        private HttpResponse<String> api(String url, String contentType, byte[] body) {
            return TaskScenario.send(java.net.http.HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", scenario.clerk).header("Content-Type", contentType)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        private HttpResponse<byte[]> readApi(String url) throws Exception {
            return http.send(java.net.http.HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", scenario.clerk).build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        /** Posts the attachment form as a browser does: multipart, the page's hidden fields, the file. */
        private HttpResponse<String> uploadFromPage(String path, Map<String, String> fields, String fileName,
                                                    byte[] content) {
            Multipart body = new Multipart();
            fields.forEach(body::field);
            body.file("file", fileName, "application/pdf", content);
            return member.postMultipart(queryUrl + path, body.contentType(), body.bytes());
        }
    }

    /** A multipart/form-data body built by hand, as browsers and clients send it. */
    static final class Multipart {

        private final String boundary = "----directives" + UUID.randomUUID();
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
            return this;
        }

        Multipart file(String name, String fileName, String type, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A PDF's signature followed by filler: a file whose content says PDF, of the given size. */
    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(size).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
