package vn.directives.command.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Real HTTP calls to a running command side, signed in as the Organization Committee unless told
 * otherwise, and the setup every task needs: a unit, a Steering Committee member, a directive.
 * Ids and directive numbers are random, so tests sharing one database do not collide.
 * <p>
 * Another user is named as before sign-in existed, by the headers {@code X-Actor} (user id),
 * {@code X-Actor-Roles} and {@code X-Actor-Unit}: the helper signs in as a test account with that
 * id, roles and unit ({@link TestAccounts}) instead of sending them.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    public Api(int port) {
        this.port = port;
    }

    /** A response with its body read as JSON. */
    public record Answer(int status, JsonNode body, HttpResponse<String> raw) {

        public String id() {
            return body.path("id").asString();
        }

        public String etag() {
            return raw.headers().firstValue("ETag").orElse(null);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Answer post(String path, Object body, String... headers) {
        return send("POST", path, body, headers);
    }

    public Answer put(String path, Object body, String... headers) {
        return send("PUT", path, body, headers);
    }

    public Answer get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    private Answer send(String method, String path, Object body, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            TestAccounts.signIn(request, headers);
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json, response);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** Registers an active unit (since 2015) and returns its id. */
    public String unit(String name, String kind) {
        Answer answer = post("/api/units", Map.of("name", name, "kind", kind, "effectiveOn", "2015-01-01"));
        return expectCreated(answer).id();
    }

    /** Appoints a Steering Committee member (since 2020) responsible for the unit; returns the member id. */
    public String member(String unitId) {
        return member(unitId, "pvhung@thainguyen.dcs.vn");
    }

    /** Appoints a Steering Committee member (since 2020) reached at {@code email}; returns the member id. */
    public String member(String unitId, String email) {
        String memberId = "member-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Answer answer = post("/api/steering-committee/members", Map.of("memberId", memberId,
                "displayName", "Phạm Văn Hùng", "post", "Phó Trưởng ban Tổ chức Tỉnh ủy",
                "email", email, "unitIds", java.util.List.of(unitId),
                "effectiveOn", "2020-01-01"));
        expectCreated(answer);
        return memberId;
    }

    /** Registers a directive with points 1–3 led by the unit; returns its id. */
    public String directive(String leadUnitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", randomNumber());
        body.put("kind", "DIRECTIVE");
        body.put("issuedOn", "2022-12-23");
        body.put("issuingBody", "Ban Thường vụ Tỉnh ủy");
        body.put("title", "Về tăng cường xây dựng tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước");
        body.put("points", java.util.List.of(
                Map.of("number", 1, "text", "Nâng cao nhận thức"),
                Map.of("number", 2, "text", "Khảo sát, nắm tình hình"),
                Map.of("number", 3, "text", "Thành lập tổ chức đảng")));
        body.put("leadUnitId", leadUnitId);
        body.put("cadence", Map.of("cutOffMonth", 11, "cutOffDay", 15, "reportTo", "Ban Thường vụ Tỉnh ủy"));
        return expectCreated(post("/api/directives", body)).id();
    }

    /** A directive number no other test uses, e.g. {@code 4821-CT/QKXRB}. */
    public static String randomNumber() {
        return ThreadLocalRandom.current().nextInt(1000, 9999) + "-CT/" + ThreadLocalRandom.current().ints(5, 'A', 'Z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    private static Answer expectCreated(Answer answer) {
        if (answer.status() != 201) {
            throw new AssertionError("expected 201, got " + answer.status() + ": " + answer.body());
        }
        return answer;
    }
}
