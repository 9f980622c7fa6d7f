package vn.directives.query.security;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as sign-in is concerned: keeps cookies (for every port of localhost, as a
 * browser does), follows no redirect so that tests see where it is sent, and posts forms with the
 * CSRF token the page gave it.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Posts a form; {@code _csrf} is added from a fresh sign-in page of the same instance unless given. */
    public HttpResponse<String> post(String url, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (!form.containsKey("_csrf")) {
            form.put("_csrf", csrf(URI.create(url).resolve("/signin").toString()));
        }
        return postAsIs(url, form);
    }

    /** Posts a form exactly as given (no CSRF token unless among the fields). */
    public HttpResponse<String> postAsIs(String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form (an upload) exactly as given: its CSRF token must be among its parts. */
    public HttpResponse<String> postMultipart(String url, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A download: the answer's bytes as they came. */
    public HttpResponse<byte[]> getBytes(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed", e);
        }
    }

    /** Signs in on the workspace of {@code baseUrl}; answers the redirect the form led to. */
    public HttpResponse<String> signIn(String baseUrl, String username, String password) {
        return post(baseUrl + "/signin", Map.of("username", username, "password", password));
    }

    /** The CSRF token of the sign-in page at {@code signInUrl}, as a form would carry it. */
    public String csrf(String signInUrl) {
        Matcher token = CSRF.matcher(get(signInUrl).body());
        if (!token.find()) {
            throw new AssertionError("the sign-in page carries no CSRF token");
        }
        return token.group(1);
    }

    /** The id of the workspace session this browser holds (the cookie carries it in Base64), or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
                .map(HttpCookie::getValue)
                .map(value -> new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8))
                .findFirst().orElse(null);
    }

    /** The session cookie as a browser would send it, for tests that send it elsewhere by hand. */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
                .map(HttpCookie::toString).findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
