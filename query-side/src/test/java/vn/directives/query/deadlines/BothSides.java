package vn.directives.query.deadlines;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.CommandSideApplication;
import vn.directives.query.QuerySideApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import vn.directives.command.support.TestAccounts;

/**
 * The command side and the query side in one JVM on random ports, over real HTTP and the real
 * PostgreSQL of {@code deploy/test}: commands go to the command side as the Organization
 * Committee, questions to the query side. Units and members are new for each caller, so tests
 * sharing one database filter on their own.
 */
final class BothSides implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final ConfigurableApplicationContext querySide;
    final ConfigurableApplicationContext commandSide;

    /** A response with its body read as JSON, and its Location header if any. */
    record Answer(int status, JsonNode body, String location) {

        String id() {
            return body.path("id").asString();
        }
    }

    private BothSides(ConfigurableApplicationContext querySide, ConfigurableApplicationContext commandSide) {
        this.querySide = querySide;
        this.commandSide = commandSide;
    }

    /**
     * Starts the command side first, so that its migrations create the event store the query
     * side follows; the Location headers of created tasks are not used here.
     */
    static BothSides start() {
        // Command-line arguments, not builder properties: those are defaults, below the yml files.
        ConfigurableApplicationContext command = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0");
        ConfigurableApplicationContext query = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0");
        return new BothSides(query, command);
    }

    @Override
    public void close() {
        commandSide.close();
        querySide.close();
    }

    // ---- command side ---------------------------------------------------------------------

    String unit(String name) {
        return created(command("/api/units", Map.of("name", name, "kind", "COMMUNE", "effectiveOn", "2015-01-01")));
    }

    String member(String unitId) {
        String memberId = "member-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        created(command("/api/steering-committee/members", Map.of("memberId", memberId,
                "displayName", "Nguyễn Thị Lan", "post", "Ủy viên Ban Chỉ đạo", "email", "ntlan@example.vn",
                "unitIds", List.of(unitId), "effectiveOn", "2020-01-01")));
        return memberId;
    }

    String directive(String leadUnitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", ThreadLocalRandom.current().nextInt(1000, 9999) + "-CT/" + ThreadLocalRandom.current().ints(5, 'A', 'Z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
        body.put("kind", "DIRECTIVE");
        body.put("issuedOn", "2022-12-23");
        body.put("issuingBody", "Ban Thường vụ Tỉnh ủy");
        body.put("title", "Về tăng cường xây dựng tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước");
        body.put("points", List.of(Map.of("number", 1, "text", "Khảo sát, nắm tình hình")));
        body.put("leadUnitId", leadUnitId);
        body.put("cadence", Map.of("cutOffMonth", 11, "cutOffDay", 15, "reportTo", "Ban Thường vụ Tỉnh ủy"));
        return created(command("/api/directives", body));
    }

    /** Opens a survey task led by {@code unitId}, opened on 6/1/2025; returns its id. */
    String survey(String directiveId, String unitId, String assigneeId, String title, String dueDate) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("directiveId", directiveId);
        task.put("pointNumber", 1);
        task.put("title", title);
        task.put("leadUnitId", unitId);
        task.put("coordinatingUnitIds", List.of());
        task.put("assigneeId", assigneeId);
        task.put("dueDate", dueDate);
        return created(command("/api/surveys", Map.of("task", task,
                "scope", Map.of("kind", "COMMUNE", "references", List.of(unitId), "description", "Toàn xã"),
                "periodFrom", "2025-01-06", "periodTo", "2025-03-31", "openedOn", "2025-01-06")));
    }

    Answer command(String path, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl(commandSide) + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", TestAccounts.organizationCommittee())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
            return answer(HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        }
    }

    /** Sends a command and expects it accepted (200 or 201). */
    Answer accepted(String path, Object body) {
        Answer answer = command(path, body);
        if (answer.status() != 200 && answer.status() != 201) {
            throw new AssertionError("POST " + path + ": " + answer.status() + " " + answer.body());
        }
        return answer;
    }

    // ---- query side -----------------------------------------------------------------------

    Answer query(String pathAndQuery) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl(querySide) + pathAndQuery))
                    .header("Authorization", TestAccounts.reader()).GET().build();
            return answer(HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("GET " + pathAndQuery + " failed", e);
        }
    }

    private String created(Answer answer) {
        if (answer.status() != 201) {
            throw new AssertionError("expected 201, got " + answer.status() + ": " + answer.body());
        }
        return answer.id();
    }

    private static Answer answer(HttpResponse<String> response) {
        String body = response.body();
        return new Answer(response.statusCode(), body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body),
                response.headers().firstValue("Location").orElse(null));
    }

    private static String baseUrl(ConfigurableApplicationContext side) {
        return "http://localhost:" + side.getEnvironment().getRequiredProperty("local.server.port");
    }
}
