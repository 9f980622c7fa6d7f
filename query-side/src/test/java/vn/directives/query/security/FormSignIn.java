package vn.directives.query.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client signed in to the workspace as a browser is: it reads the sign-in page for its
 * CSRF token, posts the form and keeps the session cookie. It follows no redirect, so that a test
 * sees where the workspace sends it.
 */
final class FormSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private FormSignIn() {
    }

    static HttpClient signedIn(String baseUrl, String username, String password) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = send(client, HttpRequest.newBuilder(URI.create(baseUrl + "/signin")).GET()).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new AssertionError("the sign-in page carries no CSRF token: " + page);
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = send(client, HttpRequest.newBuilder(URI.create(baseUrl + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/signin")) {
            throw new AssertionError(username + " could not sign in: " + signedIn.statusCode() + " to " + location);
        }
        return client;
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
