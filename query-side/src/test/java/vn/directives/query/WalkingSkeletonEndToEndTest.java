package vn.directives.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.CommandSideApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import vn.directives.command.support.TestAccounts;

/**
 * Both applications in one JVM on random ports, over real HTTP and the real database: a
 * directive registered on the command side shows up on the query side.
 */
class WalkingSkeletonEndToEndTest {

    private static final String DIRECTIVE = """
            {
              "number": "%s",
              "kind": "PLAN",
              "issuedOn": "2024-05-20",
              "issuingBody": "Ban Thường vụ Tỉnh ủy",
              "title": "Kế hoạch thực hiện Chỉ thị về công tác phát triển đảng viên",
              "points": [
                {"number": 1, "text": "Quán triệt đến từng chi bộ."},
                {"number": 2, "text": "Báo cáo kết quả hằng năm."}
              ],
              "leadUnitId": "%s",
              "cadence": {"cutOffMonth": 11, "cutOffDay": 15, "reportTo": "Ban Tổ chức Trung ương"}
            }
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext querySide;
    private static ConfigurableApplicationContext commandSide;

    @BeforeAll
    static void startBothSides() {
        // The query side follows the event store from start-up, so the store must exist first;
        // the command side starts last because its Location headers need the query side's port.
        CommandSideMigrations.apply();
        // Command-line arguments, not builder properties: those are defaults, below the yml files.
        querySide = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0");
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--directives.query-side.base-url=" + baseUrl(querySide));
    }

    @AfterAll
    static void stopBothSides() {
        if (commandSide != null) {
            commandSide.close();
        }
        if (querySide != null) {
            querySide.close();
        }
    }

    @Test
    void directive_registered_on_the_command_side_can_be_read_on_the_query_side() throws Exception {
        assertHealthy(commandSide);
        assertHealthy(querySide);

        HttpResponse<String> unit = post("/api/units",
                "{\"name\": \"Ban Tổ chức Tỉnh ủy\", \"kind\": \"ORGANIZATION_COMMITTEE\", \"effectiveOn\": \"2015-01-01\"}");
        assertThat(unit.statusCode()).as(unit.body()).isEqualTo(201);
        String number = ThreadLocalRandom.current().nextInt(1000, 9999) + "-KH/" + ThreadLocalRandom.current().ints(5, 'A', 'Z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        HttpResponse<String> created = post("/api/directives",
                DIRECTIVE.formatted(number, JSON.readTree(unit.body()).get("id").asString()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        assertThat(location).isEqualTo(URI.create(baseUrl(querySide) + "/api/directives/" + id));

        HttpResponse<String> read = await("directive " + id + " on the query side")
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> send(HttpRequest.newBuilder(location).header("Authorization", TestAccounts.reader()).GET()), response -> response.statusCode() == 200);

        JsonNode directive = JSON.readTree(read.body());
        assertThat(directive.get("id").asString()).isEqualTo(id);
        assertThat(directive.get("number").asString()).isEqualTo(number);
        assertThat(directive.get("kind").asString()).isEqualTo("PLAN");
        assertThat(directive.get("issuingBody").asString()).isEqualTo("Ban Thường vụ Tỉnh ủy");
        assertThat(directive.get("title").asString())
                .isEqualTo("Kế hoạch thực hiện Chỉ thị về công tác phát triển đảng viên");
        assertThat(directive.get("pointCount").asInt()).isEqualTo(2);
    }

    private static void assertHealthy(ConfigurableApplicationContext side) throws Exception {
        HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(baseUrl(side) + "/actuator/health")).GET());
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("status").asString()).isEqualTo("UP");
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(baseUrl(commandSide) + path))
                .header("Content-Type", "application/json")
                .header("Authorization", TestAccounts.organizationCommittee())
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String baseUrl(ConfigurableApplicationContext side) {
        return "http://localhost:" + side.getEnvironment().getRequiredProperty("local.server.port");
    }
}
