package vn.directives.query.audit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.directives.command.support.TestAccounts;
import vn.directives.query.infrastructure.BothSides;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directives.query.infrastructure.BothSides.json;
import static vn.directives.query.infrastructure.BothSides.require;

/**
 * The audit trail an inspector reads: what one user did in a period (with role, unit and
 * request ids), what was done within a unit, the refused attempts of both sides, and the same as
 * a UTF-8 CSV file that keeps Vietnamese intact.
 */
class AuditTrailTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** Asked at each use, not when the class loads: the account is written once the store's schema exists. */
    private static String inspector() {
        return TestAccounts.basic("kiem-tra-audit", "INSPECTOR", null);
    }

    private static BothSides sides;
    private static String user;
    private static String unitId;
    private static String requestId;

    @BeforeAll
    static void start() {
        sides = BothSides.start(List.of());
        user = "ban-to-chuc-" + UUID.randomUUID().toString().substring(0, 8);
        requestId = UUID.randomUUID().toString();
        HttpResponse<String> unit = require(sides.send(HttpRequest.newBuilder(sides.commandUri("/api/units"))
                .header("Authorization", TestAccounts.basic(user, "ORGANIZATION_COMMITTEE", "ban-to-chuc"))
                .header("Content-Type", "application/json").header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "Đảng ủy phường Phan Đình Phùng", "kind": "WARD", "effectiveOn": "2025-07-01"}""",
                        StandardCharsets.UTF_8))), 201);
        unitId = json(unit).path("id").asString();
    }

    @AfterAll
    static void stop() {
        sides.close();
    }

    @Test
    void what_a_user_did_in_a_period_with_role_unit_and_request() {
        JsonNode actions = inspect("/api/audit/users/" + user + "/actions?from=" + TODAY.minusDays(1) + "&to=" + TODAY);

        assertThat(actions.size()).isEqualTo(1);
        JsonNode action = actions.get(0);
        assertThat(action.path("event").asString()).isEqualTo("UnitRegistered");
        assertThat(action.path("aggregateId").asString()).isEqualTo(unitId);
        assertThat(action.path("actor").asString()).isEqualTo(user);
        assertThat(action.path("role").asString()).isEqualTo("ORGANIZATION_COMMITTEE");
        assertThat(action.path("unit").asString()).isEqualTo("ban-to-chuc");
        assertThat(action.path("correlationId").asString()).isEqualTo(requestId);
        assertThat(action.path("causationId").asString()).isNotBlank();
        assertThat(inspect("/api/audit/users/" + user + "/actions?from=" + TODAY.minusDays(30) + "&to="
                + TODAY.minusDays(2)).size()).isZero();
    }

    @Test
    void what_was_done_within_a_unit_and_to_a_thing() {
        assertThat(inspect("/api/audit/units/" + unitId + "/actions").findValuesAsString("event"))
                .contains("UnitRegistered");
        assertThat(inspect("/api/audit/tasks/" + unitId + "/actions").size()).isEqualTo(1);
    }

    @Test
    void refused_attempts_of_both_sides_are_listed() {
        String intruder = "thu-nghiem-" + UUID.randomUUID().toString().substring(0, 8);
        String standing = TestAccounts.basic(intruder, "STANDING_COMMITTEE", null);
        assertThat(sides.send(HttpRequest.newBuilder(sides.commandUri("/api/units")).header("Authorization", standing)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")))
                .statusCode()).isEqualTo(403);
        assertThat(sides.send(HttpRequest.newBuilder(sides.queryUri("/api/admin/processors"))
                .header("Authorization", standing).GET()).statusCode()).isEqualTo(403);

        JsonNode refusals = inspect("/api/audit/refusals?user=" + intruder);

        assertThat(refusals.findValuesAsString("side")).containsExactlyInAnyOrder("command", "query");
        assertThat(refusals.findValuesAsString("outcome")).containsOnly("FORBIDDEN");
        assertThat(refusals.findValuesAsString("path")).containsExactlyInAnyOrder("/api/units", "/api/admin/processors");
    }

    @Test
    void the_csv_export_is_utf8_with_vietnamese_headers() {
        HttpResponse<byte[]> csv = csv("/api/audit/users/" + user + "/actions?format=csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        byte[] body = csv.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("Vị trí (position),Thời điểm ghi (recorded at),Sự kiện (event)")
                .contains("Người thực hiện (actor)", "Đơn vị (unit)");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("UnitRegistered", unitId, user, "ORGANIZATION_COMMITTEE", requestId);
    }

    @Test
    void an_unknown_format_or_an_inverted_period_is_a_clear_400() {
        HttpResponse<String> format = sides.getQuery("/api/audit/users/" + user + "/actions?format=xml",
                "Authorization", inspector());
        HttpResponse<String> period = sides.getQuery("/api/audit/users/" + user + "/actions?from=2026-02-01&to=2026-01-01",
                "Authorization", inspector());

        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(json(format).path("errors").get(0).path("field").asString()).isEqualTo("format");
        assertThat(period.statusCode()).isEqualTo(400);
        assertThat(json(period).path("errors").get(0).path("field").asString()).isEqualTo("to");
    }

    private static JsonNode inspect(String pathAndQuery) {
        return json(require(sides.getQuery(pathAndQuery, "Authorization", inspector()), 200));
    }

    private static HttpResponse<byte[]> csv(String pathAndQuery) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(sides.queryUri(pathAndQuery))
                    .header("Authorization", inspector()).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(pathAndQuery, e);
        }
    }
}
