package vn.directives.query.apidocs;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.CommandSideApplication;
import vn.directives.command.support.TestAccounts;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI documents of both sides explain themselves (title, version, description; a summary
 * and a description for every operation under /api; the media types each really produces; both
 * sign-in schemes; examples for the main request bodies), and /actuator/info shows the build and,
 * in a Git checkout, the commit.
 */
class ApiDocumentationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext querySide;
    private static ConfigurableApplicationContext commandSide;

    @BeforeAll
    static void startBothSides() {
        CommandSideMigrations.apply();
        querySide = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0");
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0");
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
    void every_operation_of_both_sides_has_a_summary_and_a_description_and_the_document_its_title_and_version() {
        for (ConfigurableApplicationContext side : List.of(commandSide, querySide)) {
            JsonNode document = apiDocs(side);
            assertThat(document.path("info").path("title").asString()).contains("Theo dõi thực hiện Chỉ thị");
            assertThat(document.path("info").path("description").asString()).contains("position");
            assertThat(document.path("info").path("version").asString()).isEqualTo(version());

            List<String> undescribed = new ArrayList<>();
            document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
                if (path.getKey().startsWith("/api/")
                        && (operation.getValue().path("summary").asString("").isBlank()
                        || operation.getValue().path("description").asString("").isBlank())) {
                    undescribed.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }));
            assertThat(undescribed).as("operations without a summary or a description").isEmpty();
            assertThat(document.toString()).as("no answer of unknown type").doesNotContain("\"*/*\"");
        }
    }

    @Test
    void the_report_document_and_workbook_declare_docx_and_xlsx() {
        JsonNode paths = apiDocs(querySide).path("paths");
        assertThat(paths.path("/api/directives/{directiveId}/report/document").path("get").path("responses")
                .path("200").path("content").propertyNames())
                .containsExactly("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(paths.path("/api/directives/{directiveId}/report/workbook").path("get").path("responses")
                .path("200").path("content").propertyNames())
                .containsExactly("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(paths.path("/api/directives/{directiveId}/report").path("get").path("responses")
                .path("200").path("content").propertyNames()).containsExactly("application/json");
    }

    @Test
    void both_sign_in_schemes_are_declared_and_request_bodies_have_examples() {
        for (ConfigurableApplicationContext side : List.of(commandSide, querySide)) {
            JsonNode schemes = apiDocs(side).path("components").path("securitySchemes");
            assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
            assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
            assertThat(schemes.path("bearer").path("bearerFormat").asString()).isEqualTo("JWT");
        }
        JsonNode paths = apiDocs(commandSide).path("paths");
        for (String creation : List.of("/api/units", "/api/directives", "/api/surveys", "/api/party-organizations",
                "/api/reports", "/api/accounts", "/api/steering-committee/members")) {
            JsonNode example = paths.path(creation).path("post").path("requestBody").path("content")
                    .path("application/json").path("example");
            assertThat(example.isMissingNode()).as("example of POST " + creation).isFalse();
            assertThat(JSON.readTree(example.isString() ? example.asString() : example.toString()).isObject())
                    .as("the example of POST " + creation + " is JSON").isTrue();
        }
    }

    @Test
    void actuator_info_shows_the_build_and_in_a_git_checkout_the_commit() {
        for (ConfigurableApplicationContext side : List.of(commandSide, querySide)) {
            HttpResponse<String> info = get(side, "/actuator/info", Map.of());
            assertThat(info.statusCode()).as("info needs no sign-in").isEqualTo(200);
            JsonNode body = JSON.readTree(info.body());
            assertThat(body.path("build").path("version").asString()).isEqualTo(version());
            // a clone has its history in .git; a source archive (or a linked worktree) may not
            if (Files.isDirectory(Path.of("").toAbsolutePath().getParent().resolve(".git"))) {
                assertThat(body.path("git").path("commit").path("id").asString()).as(info.body()).isNotBlank();
            }
        }
    }

    /** The project's version, as the build wrote it into META-INF/build-info.properties. */
    private static String version() {
        String version = querySide.getBean(BuildProperties.class).getVersion();
        assertThat(version).isNotBlank();
        return version;
    }

    private static JsonNode apiDocs(ConfigurableApplicationContext side) {
        HttpResponse<String> response = get(side, "/v3/api-docs",
                Map.of("Authorization", TestAccounts.organizationCommittee()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext side, String path,
                                            Map<String, String> headers) {
        String base = "http://localhost:" + side.getEnvironment().getRequiredProperty("local.server.port");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path, e);
        }
    }
}
