package vn.directives.query.taskboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.CommandSideApplication;
import vn.directives.events.cellestablishment.CellEstablishmentOpened;
import vn.directives.events.membertransfer.MemberTransferRequested;
import vn.directives.events.survey.SurveyOpened;
import vn.directives.events.trainingcourse.TrainingCoursePlanned;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import vn.directives.command.support.TestAccounts;

/**
 * The real path: commands over HTTP to the command side, events stored in PostgreSQL, read by the
 * task board's own processor, and the task read where the command side's {@code Location} points,
 * with the version the next {@code If-Match} needs.
 */
class TaskBoardFollowsTheCommandSideTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LocalDate TODAY = QueryParameters.today();

    private static QuerySideUnderTest querySide;
    private static ConfigurableApplicationContext commandSide;

    @BeforeAll
    static void startBothSides() {
        querySide = QuerySideUnderTest.start();
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--directives.query-side.base-url=" + querySide.baseUrl());
    }

    @AfterAll
    static void stopBothSides() {
        if (commandSide != null) {
            commandSide.close();
        }
        querySide.close();
    }

    @Test
    void a_survey_opened_and_extended_on_the_command_side_is_on_the_board_where_its_location_points() {
        Sent opened = openSurvey();
        String surveyId = opened.json().get("id").asString();
        Sent requested = post("/api/surveys/" + surveyId + "/extension-requests", Map.of(
                "requestedDueDate", TODAY.plusMonths(5).toString(), "reason", "Doanh nghiệp chưa bố trí được lịch"),
                opened.etag());
        Sent approved = post(URI.create(requested.location()).getPath() + "/approval", Map.of(), requested.etag());
        assertThat(approved.etag()).isEqualTo("\"2\"");

        URI location = URI.create(opened.location());
        assertThat(location.toString()).isEqualTo(querySide.baseUrl() + "/api/surveys/" + surveyId);
        HttpResponse<String> read = await("survey " + surveyId + " at version 2 on the board")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> get(location), response -> response.statusCode() == 200
                        && response.headers().firstValue("ETag").orElse("").equals(approved.etag()));

        JsonNode survey = JSON.readTree(read.body());
        assertThat(survey.get("title").asString()).isEqualTo("Khảo sát doanh nghiệp KCN Yên Bình");
        assertThat(survey.get("openedOn").asString()).isEqualTo(TODAY.minusDays(20).toString());
        assertThat(survey.get("dueDate").asString()).isEqualTo(TODAY.plusMonths(5).toString());
        assertThat(survey.get("extensionsApproved").asInt()).isEqualTo(1);
        assertThat(survey.get("version").asLong()).isEqualTo(2);
        assertThat(survey.at("/asOf/category").asString()).isEqualTo("OPEN_WITHIN_DEADLINE");
    }

    /**
     * Reconciliation: every task aggregate in the event store (whatever other tests stored there
     * before) is on the board at the sequence number of its last event.
     */
    @Test
    void every_task_in_the_event_store_reaches_the_board_at_its_last_version() {
        String surveyId = openSurvey().json().get("id").asString();
        String missing = """
                SELECT e.aggregate_identifier, max(e.sequence_number)
                  FROM events.domain_event_entry e
                 WHERE e.aggregate_identifier IN (SELECT o.aggregate_identifier FROM events.domain_event_entry o
                                                   WHERE o.sequence_number = 0 AND o.payload_type IN (:openings))
                 GROUP BY e.aggregate_identifier
                EXCEPT
                SELECT task_id, version FROM query.task_board""";
        List<String> openings = Stream.of(SurveyOpened.class, CellEstablishmentOpened.class,
                MemberTransferRequested.class, TrainingCoursePlanned.class).map(Class::getName).toList();

        await("every stored task on the board")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(querySide.jdbc().sql(missing).param("openings", openings)
                        .query().listOfRows()).isEmpty());
        assertThat(querySide.get("/api/tasks/" + surveyId).status()).isEqualTo(200);
    }

    /** Registers what a task needs (a unit, a Steering Committee member, a directive) and opens a survey. */
    private static Sent openSurvey() {
        String unit = post("/api/units", Map.of("name", "Đảng ủy các Khu công nghiệp tỉnh",
                "kind", "INDUSTRIAL_ZONES_PARTY_COMMITTEE", "effectiveOn", "2015-01-01"), null)
                .json().get("id").asString();
        String member = "member-" + UUID.randomUUID();
        post("/api/steering-committee/members", Map.of("memberId", member, "displayName", "Phạm Văn Hùng",
                "post", "Phó Trưởng ban Tổ chức Tỉnh ủy", "email", "pvhung@example.vn", "unitIds", List.of(unit),
                "effectiveOn", "2020-01-01"), null);
        String directive = post("/api/directives", directive(unit), null).json().get("id").asString();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("directiveId", directive);
        header.put("pointNumber", 2);
        header.put("title", "Khảo sát doanh nghiệp KCN Yên Bình");
        header.put("leadUnitId", unit);
        header.put("coordinatingUnitIds", List.of());
        header.put("assigneeId", member);
        header.put("dueDate", TODAY.plusMonths(3).toString());
        return post("/api/surveys", Map.of("task", header,
                "scope", Map.of("kind", "INDUSTRIAL_ZONE", "references", List.of("kcn-yen-binh")),
                "periodFrom", TODAY.minusDays(20).toString(), "periodTo", TODAY.plusMonths(1).toString(),
                "openedOn", TODAY.minusDays(20).toString()), null);
    }

    private static Map<String, Object> directive(String unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", ThreadLocalRandom.current().nextInt(1000, 9999) + "-CT/" + ThreadLocalRandom.current().ints(5, 'A', 'Z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
        body.put("kind", "DIRECTIVE");
        body.put("issuedOn", "2022-12-23");
        body.put("issuingBody", "Ban Thường vụ Tỉnh ủy");
        body.put("title", "Về tăng cường xây dựng tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước");
        body.put("points", List.of(Map.of("number", 1, "text", "Nâng cao nhận thức"),
                Map.of("number", 2, "text", "Khảo sát, nắm tình hình")));
        body.put("leadUnitId", unit);
        body.put("cadence", Map.of("cutOffMonth", 11, "cutOffDay", 15, "reportTo", "Ban Thường vụ Tỉnh ủy"));
        return body;
    }

    /** A command's answer: its body, ETag and Location. */
    private record Sent(JsonNode json, String etag, String location) {
    }

    /** POSTs to the command side as the Organization Committee, with If-Match when given; expects success. */
    private static Sent post(String path, Object body, String ifMatch) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:"
                            + commandSide.getEnvironment().getRequiredProperty("local.server.port") + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", TestAccounts.organizationCommittee())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(200, 201);
            return new Sent(JSON.readTree(response.body()), response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", TestAccounts.reader()).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
