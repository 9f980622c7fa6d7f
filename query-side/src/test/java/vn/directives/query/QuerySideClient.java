package vn.directives.query;

import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import vn.directives.command.support.TestAccounts;

/** GET requests to the query side running in the test's context, over real HTTP. */
public final class QuerySideClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String authorization;

    public QuerySideClient(Environment environment) {
        this("http://localhost:" + environment.getRequiredProperty("local.server.port"), TestAccounts.reader());
    }

    private QuerySideClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** The same client signed in with other credentials (e.g. {@link TestAccounts#basic}). */
    public QuerySideClient as(String authorization) {
        return new QuerySideClient(baseUrl, authorization);
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(signedIn(pathAndQuery).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), "GET " + pathAndQuery);
    }

    /** A GET whose body is kept as bytes (a document, or JSON whose exact bytes matter). */
    public HttpResponse<byte[]> getBytes(String pathAndQuery) {
        return send(signedIn(pathAndQuery).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray(), "GET " + pathAndQuery);
    }

    /** A POST without a body (a state change named by its sub-resource). */
    public HttpResponse<String> post(String path) {
        return send(signedIn(path).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), "POST " + path);
    }

    /** Every request signs in, by default as a reader of every business read model. */
    private HttpRequest.Builder signedIn(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).header("Authorization", authorization);
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body, String what) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what, e);
        }
    }

    /** The JSON body of a GET that must answer 200. */
    public JsonNode json(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
