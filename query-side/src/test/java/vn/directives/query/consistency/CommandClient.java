package vn.directives.query.consistency;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import vn.directives.command.support.TestAccounts;

/**
 * POSTs commands to a running command side over real HTTP, signed in as the Organization
 * Committee unless the headers name another user ({@link TestAccounts#signIn}).
 */
public final class CommandClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;

    public CommandClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Answer(int status, JsonNode body, String etag, String location) {

        public String id() {
            return body.path("id").asString();
        }
    }

    public Answer post(String path, Object body, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            TestAccounts.signIn(request, headers);
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json, response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        }
    }

    /** POSTs a document as the multipart part {@code file} (an attachment) and insists on success. */
    public Answer attached(String path, String fileName, byte[] content, String... headers) {
        String boundary = "----directives" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            TestAccounts.signIn(request, headers);
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError("POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.createObjectNode()
                    : JSON.readTree(response.body()),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        }
    }

    /** POSTs and insists on success (2xx), so that a generated history is exactly what was asked for. */
    public Answer accepted(String path, Object body, String... headers) {
        Answer answer = post(path, body, headers);
        if (answer.status() / 100 != 2) {
            throw new AssertionError("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }
}
