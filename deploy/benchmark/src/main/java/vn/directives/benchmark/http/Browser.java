package vn.directives.benchmark.http;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workspace seen as a browser sees it: the sign-in page's form with its CSRF token, then the
 * session cookie on every page. Beside {@link Http} (the API, HTTP Basic), the benchmark's only
 * other place where request headers are set. Only 127.0.0.1 is accepted as a target; redirects
 * are not followed, so a page that sends the user back to the sign-in page is noticed, not measured.
 */
public final class Browser {

    /** A page or asset as received: status, body bytes, where a redirect points. */
    public record Page(int status, byte[] body, String location, String contentType) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    /** The cookies the workspace set, by name (the session's, after sign-in a new one). */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Browser(String baseUrl) {
        if (!"127.0.0.1".equals(URI.create(baseUrl).getHost())) {
            throw new IllegalArgumentException("benchmarks only target 127.0.0.1, not " + baseUrl);
        }
        this.baseUrl = baseUrl;
    }

    /** Signs in on {@code /signin} as a person would: the page, then its form with the CSRF token. */
    public void signIn(String user, String password) {
        Page form = get("/signin");
        Matcher token = CSRF.matcher(form.text());
        if (form.status() != 200 || !token.find()) {
            throw new IllegalStateException("the sign-in page answered " + form.status() + " without a CSRF token");
        }
        String csrf = token.group(1) != null ? token.group(1) : token.group(2);
        String body = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        Page signedIn = send(request("/signin").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (signedIn.status() != 302 || signedIn.location() == null || signedIn.location().contains("/signin")) {
            throw new IllegalStateException("sign-in answered " + signedIn.status() + " to " + signedIn.location());
        }
    }

    public Page get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/html,*/*;q=0.8")
                .header("Accept-Language", "vi");
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                    .append(value));
            request.header("Cookie", header.toString());
        }
        return request;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                }
            }
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("HTTP request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
