package vn.directives.command.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.directives.command.infrastructure.CommandSideTest;
import vn.directives.command.support.Api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import vn.directives.command.support.TestAccounts;

/** The OpenAPI document describes every command resource, so clients can be generated from it. */
@CommandSideTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void the_openapi_document_lists_the_command_resources_of_every_kind() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs"))
                .header("Authorization", TestAccounts.organizationCommittee()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = Api.JSON.readTree(response.body()).path("paths");
        assertThat(paths.propertyNames()).contains("/api/directives", "/api/units", "/api/steering-committee/members",
                "/api/surveys", "/api/surveys/{taskId}/findings", "/api/cell-establishments",
                "/api/cell-establishments/{taskId}/establishment-decision", "/api/member-transfers",
                "/api/member-transfers/{taskId}/introduction-letter", "/api/training-courses",
                "/api/training-courses/{taskId}/enrolments", "/api/party-organizations");
        assertThat(paths.path("/api/surveys").path("post").path("responses").has("201")
                || paths.path("/api/surveys").path("post").path("responses").has("200")).isTrue();
    }
}
