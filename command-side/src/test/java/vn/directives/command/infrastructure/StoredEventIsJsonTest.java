package vn.directives.command.infrastructure;

import org.junit.jupiter.api.Test;
import vn.directives.command.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import vn.directives.command.support.TestAccounts;
import vn.directives.events.metadata.MetadataKeys;

/** Events are stored as JSON that people and other tools can read, never as XStream XML. */
@CommandSideTest
class StoredEventIsJsonTest {

    private static final String DIRECTIVE = """
            {
              "number": "%s",
              "kind": "DIRECTIVE",
              "issuedOn": "2024-03-15",
              "issuingBody": "Ban Thường vụ Tỉnh ủy",
              "title": "Về tăng cường công tác phát triển đảng viên",
              "points": [{"number": 1, "text": "Các cấp ủy quán triệt chỉ thị."}],
              "leadUnitId": "%s",
              "cadence": {"cutOffMonth": 11, "cutOffDay": 15, "reportTo": "Ban Tổ chức Trung ương"}
            }
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void registered_directive_is_stored_as_json_with_its_audit_metadata() throws Exception {
        String requestId = "request-" + UUID.randomUUID();
        String number = Api.randomNumber();
        String unitId = new Api(port).unit("Ban Tổ chức Tỉnh ủy", "ORGANIZATION_COMMITTEE");
        HttpResponse<String> response = register("can-bo-ban-to-chuc", requestId, DIRECTIVE.formatted(number, unitId));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String directiveId = JSON.readTree(response.body()).get("id").asString();

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT event_identifier, payload_type, payload_revision, payload, meta_data
                  FROM events.domain_event_entry
                 WHERE aggregate_identifier = ?""", directiveId);

        byte[] payloadBytes = (byte[]) row.get("payload");
        assertThat(new String(payloadBytes, StandardCharsets.UTF_8)).doesNotStartWith("<");
        assertThat(row.get("payload_type")).isEqualTo("vn.directives.events.directive.DirectiveRegistered");
        assertThat(row.get("payload_revision")).isEqualTo("1");

        JsonNode payload = JSON.readTree(payloadBytes);
        assertThat(payload.get("directiveId").asString()).isEqualTo(directiveId);
        assertThat(payload.get("number").asString()).isEqualTo(number);
        assertThat(payload.get("issuingBody").asString()).isEqualTo("Ban Thường vụ Tỉnh ủy");
        assertThat(payload.get("issuedOn").asString()).isEqualTo("2024-03-15");
        assertThat(payload.get("registeredBy").asString()).isEqualTo("can-bo-ban-to-chuc");

        JsonNode metadata = JSON.readTree((byte[]) row.get("meta_data"));
        assertThat(metadata.get(MetadataKeys.ACTOR).asString()).isEqualTo("can-bo-ban-to-chuc");
        assertThat(metadata.get(MetadataKeys.CORRELATION_ID).asString()).isEqualTo(requestId);
        assertThat(metadata.get(MetadataKeys.CAUSATION_ID).asString())
                .as("the id of the command that caused the event")
                .isNotBlank()
                .isNotEqualTo(requestId)
                .isNotEqualTo(row.get("event_identifier"));
    }

    private HttpResponse<String> register(String actor, String requestId, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/directives"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestAccounts.basic(actor, "ORGANIZATION_COMMITTEE", null))
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
