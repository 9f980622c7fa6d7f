package vn.directives.benchmark.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The benchmark's HTTP client of the API, and the one place where its request headers are set: HTTP
 * Basic credentials of the user it acts as (sign-in); the workspace's pages are fetched by
 * {@link Browser} (form sign-in, session cookie). Only 127.0.0.1 is accepted as a target.
 */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public record Answer(int status, JsonNode body, String etag, String location) {

        public long position() {
            return body.path("position").asLong(-1);
        }
    }

    private final HttpClient client;
    private final String baseUrl;
    private final String authorization;

    public Http(String baseUrl, String user, String password) {
        URI uri = URI.create(baseUrl);
        if (!"127.0.0.1".equals(uri.getHost())) {
            throw new IllegalArgumentException("benchmarks only target 127.0.0.1, not " + uri.getHost());
        }
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The same server, signed in as another user. */
    public Http as(String user, String password) {
        return new Http(baseUrl, user, password);
    }

    public Answer post(String path, Object body, String ifMatch) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /** POSTs raw bytes (a file) with the extra headers given as name, value, name, value… */
    public Answer postBytes(String path, byte[] body, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    /** The body as received, unparsed (a round trip timed without the client's JSON parsing); insists on 200. */
    public byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = client.send(request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("HTTP request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json, response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("HTTP request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Posts and insists on 2xx: a benchmark that silently measures refusals measures nothing. */
    public Answer accepted(String path, Object body, String ifMatch) {
        Answer answer = post(path, body, ifMatch);
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }
}
