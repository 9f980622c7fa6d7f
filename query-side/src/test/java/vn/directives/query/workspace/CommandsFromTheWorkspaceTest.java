package vn.directives.query.workspace;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.CommandSideApplication;
import vn.directives.command.support.TestAccounts;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;
import vn.directives.query.security.Browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace page sends its command to the command side as the signed-in user: the session (in
 * PostgreSQL) is named in a header, the command side authenticates the same person and records
 * them as the actor, and its answer (status, ETag, Location, event position, or the problem
 * document of a refusal) comes back. Without a live session nothing gets through, and the session
 * cookie alone never authenticates on the command side.
 */
class CommandsFromTheWorkspaceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext command;
    private static ConfigurableApplicationContext query;

    @BeforeAll
    static void start() {
        CommandSideMigrations.apply();
        command = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME).run("--server.port=0");
        query = new SpringApplicationBuilder(QuerySideApplication.class, UnitsFromTheWorkspace.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0", "--directives.query.node-id=workspace-commands",
                        "--directives.workspace.command-side-url=" + url(command, ""));
    }

    @AfterAll
    static void stop() {
        query.close();
        command.close();
    }

    @Test
    void a_signed_in_user_registers_a_unit_from_the_workspace_and_is_recorded_as_its_actor() {
        Browser browser = signedIn("ws-organizer");

        HttpResponse<String> page = browser.post(url(query, "/test-workspace/units"),
                Map.of("name", "Tỉnh đoàn " + UUID.randomUUID(), "key", UUID.randomUUID().toString()));

        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode outcome = JSON.readTree(page.body());
        assertThat(outcome.get("status").asInt()).isEqualTo(201);
        assertThat(outcome.get("location").asString()).contains("/api/units/");
        assertThat(outcome.get("etag").asString()).isNotBlank();
        assertThat(outcome.get("eventPosition").asLong()).isPositive();
        String unitId = outcome.get("body").get("id").asString();
        List<String> metadata = commandJdbc().queryForList(
                "SELECT convert_from(meta_data, 'UTF8') FROM events.domain_event_entry WHERE aggregate_identifier = ?",
                String.class, unitId);
        assertThat(metadata).hasSize(1);
        assertThat(JSON.readTree(metadata.get(0)).get("actor").asString()).isEqualTo("ws-organizer");
    }

    @Test
    void a_refused_command_comes_back_with_its_problem_document() {
        Browser browser = signedIn("ws-organizer-2");

        HttpResponse<String> page = browser.post(url(query, "/test-workspace/units"), Map.of("name", " "));

        JsonNode outcome = JSON.readTree(page.body());
        assertThat(outcome.get("status").asInt()).isEqualTo(400);
        assertThat(outcome.get("body").get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(outcome.get("body").get("detail").asString()).isNotBlank();
    }

    @Test
    void without_a_signed_in_session_no_command_gets_through() {
        Browser anonymous = new Browser();
        HttpResponse<String> page = anonymous.post(url(query, "/test-workspace/units"), Map.of("name", "Tỉnh đoàn"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/signin"));

        assertThat(commandWithHeader("X-Auth-Token", UUID.randomUUID().toString()).statusCode()).isEqualTo(401);

        Browser browser = signedIn("ws-organizer-3");
        assertThat(commandWithHeader("Cookie", browser.sessionCookie()).statusCode())
                .as("the session cookie alone does not authenticate on the command side").isEqualTo(401);
        String session = browser.sessionId();
        browser.post(url(query, "/signout"), Map.of());
        assertThat(commandWithHeader("X-Auth-Token", session).statusCode())
                .as("a signed-out session does not authenticate either").isEqualTo(401);
    }

    @Test
    void a_command_side_that_cannot_be_reached_is_a_503_page_that_says_what_to_do() {
        Browser browser = signedIn("ws-organizer-5");

        HttpResponse<String> page = browser.post(url(query, "/test-workspace/units-while-the-command-side-is-down"),
                Map.of("name", "Tỉnh đoàn"));

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(page.body()).contains("Dịch vụ tạm thời gián đoạn", "chưa được ghi nhận", "Bạn nên làm gì",
                "Quay lại", "ws-organizer-5").doesNotContain("Hệ thống gặp sự cố");
    }

    /**
     * The command side, issuing a report for a person signed in on the workspace, fetches the
     * documents from this side's API with the session's id: the API reads that session, only from
     * the header, and only while it lives.
     */
    @Test
    void the_query_side_api_reads_a_workspace_session_named_in_the_header_only_while_it_lives() {
        Browser browser = signedIn("ws-organizer-6");
        String session = browser.sessionId();

        assertThat(queryApiWithHeader("X-Auth-Token", session).statusCode()).isEqualTo(200);
        assertThat(queryApiWithHeader("X-Auth-Token", UUID.randomUUID().toString()).statusCode()).isEqualTo(401);
        assertThat(queryApiWithHeader("Cookie", browser.sessionCookie()).statusCode())
                .as("the session cookie does not authenticate the API").isEqualTo(401);
        browser.post(url(query, "/signout"), Map.of());
        assertThat(queryApiWithHeader("X-Auth-Token", session).statusCode())
                .as("a signed-out session reads nothing").isEqualTo(401);
    }

    @Test
    void a_form_without_its_csrf_token_sends_no_command() {
        Browser browser = signedIn("ws-organizer-4");

        HttpResponse<String> page = browser.postAsIs(url(query, "/test-workspace/units"), Map.of("name", "Tỉnh đoàn"));

        assertThat(page.statusCode()).isEqualTo(403);
    }

    private static Browser signedIn(String user) {
        TestAccounts.basic(user, "ORGANIZATION_COMMITTEE", null);
        Browser browser = new Browser();
        HttpResponse<String> signedIn = browser.signIn(url(query, ""), user,
                TestAccounts.password(user, "ORGANIZATION_COMMITTEE", null));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return browser;
    }

    private static HttpResponse<String> commandWithHeader(String name, String value) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(command, "/api/units"))).header(name, value)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"name": "Tỉnh đoàn", "kind": "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES",
                             "effectiveOn": "2020-01-01"}""")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> queryApiWithHeader(String name, String value) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(query, "/api/tasks?size=1"))).header(name, value)
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JdbcTemplate commandJdbc() {
        return command.getBean(JdbcTemplate.class);
    }

    private static String url(ConfigurableApplicationContext side, String path) {
        return "http://localhost:" + side.getEnvironment().getRequiredProperty("local.server.port") + path;
    }
}
