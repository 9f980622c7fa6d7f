package vn.directives.query.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.directives.oidcprovider.TestOidcProvider;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace in {@code oidc} mode signs people in at a real OpenID Connect provider
 * ({@link TestOidcProvider}, Spring Authorization Server) with the authorization code and PKCE:
 * the walk a browser makes, redirect by redirect, with the provider's own sign-in form. The
 * roles come from the token's {@code roles} claim: the Organization Committee's clerk reaches
 * the board and is refused the inspectors' page. Signing out ends the provider's session as well.
 */
class WorkspaceOidcSignInTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private static ConfigurableApplicationContext provider;
    private static ConfigurableApplicationContext workspace;
    private static String workspaceUrl;
    private static String providerUrl;

    @BeforeAll
    static void start() throws IOException {
        int providerPort = freePort();
        int workspacePort = freePort();
        providerUrl = "http://localhost:" + providerPort;
        workspaceUrl = "http://127.0.0.1:" + workspacePort; // a loopback address: the provider accepts no other host
        provider = TestOidcProvider.start(providerPort, workspacePort);
        CommandSideMigrations.apply();
        workspace = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=" + workspacePort, "--directives.security.mode=oidc",
                        "--directives.security.oidc.issuer-uri=" + providerUrl,
                        "--directives.workspace.oidc.client-secret=" + TestOidcProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stop() {
        try {
            if (workspace != null) {
                workspace.close();
            }
        } finally {
            if (provider != null) {
                provider.close();
            }
        }
    }

    @Test
    void a_clerk_signs_in_at_the_provider_with_pkce_and_gets_the_roles_of_the_token() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> board = get(browser, workspaceUrl + "/tasks");
        assertThat(board.statusCode()).isEqualTo(302);
        assertThat(location(board)).endsWith("/signin");
        HttpResponse<String> signinPage = get(browser, workspaceUrl + "/signin");
        assertThat(signinPage.body()).contains("/oauth2/authorization/directives").doesNotContain("name=\"password\"");

        HttpResponse<String> toProvider = get(browser, workspaceUrl + "/oauth2/authorization/directives");
        String authorize = location(toProvider);
        assertThat(authorize).startsWith(providerUrl + "/oauth2/authorize?")
                .contains("code_challenge=", "code_challenge_method=S256", "client_id=directives-workspace");

        HttpResponse<String> askedToSignIn = get(browser, authorize);
        assertThat(location(askedToSignIn)).isEqualTo(providerUrl + "/login");
        HttpResponse<String> form = get(browser, providerUrl + "/login");
        HttpResponse<String> signedIn = post(browser, providerUrl + "/login", "username=oidc-ban-to-chuc&password="
                + URLEncoder.encode(TestOidcProvider.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(form.body()));
        assertThat(signedIn.statusCode()).isEqualTo(302);

        HttpResponse<String> code = get(browser, location(signedIn));
        String callback = location(code);
        assertThat(callback).startsWith(workspaceUrl + "/login/oauth2/code/directives?code=");
        HttpResponse<String> back = get(browser, callback);
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(location(back)).as("back to the page asked for").endsWith("/tasks?continue");

        HttpResponse<String> page = get(browser, workspaceUrl + "/tasks");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("oidc-ban-to-chuc", "Ban Tổ chức Tỉnh ủy");
        assertThat(get(browser, workspaceUrl + "/audit").statusCode()).as("not an inspector").isEqualTo(403);

        // signing out ends the provider's session too (RP-initiated logout), then comes back
        HttpResponse<String> signedOut = post(browser, workspaceUrl + "/signout", "_csrf=" + csrf(page.body()));
        assertThat(location(signedOut)).startsWith(providerUrl + "/connect/logout?")
                .contains("id_token_hint=", "post_logout_redirect_uri=");
        assertThat(get(browser, workspaceUrl + "/tasks").statusCode()).isEqualTo(302);
        HttpResponse<String> providerSignedOut = get(browser, location(signedOut));
        assertThat(location(providerSignedOut)).isEqualTo(workspaceUrl + "/signin?signedout");
        HttpResponse<String> again = get(browser, location(get(browser, workspaceUrl + "/oauth2/authorization/directives")));
        assertThat(location(again)).as("the provider asks for the password again").isEqualTo(providerUrl + "/login");
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String url, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where a redirect points, made absolute against the server that answered. */
    private static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode()));
        return response.uri().resolve(location).toString();
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the form").isTrue();
        String token = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return URLEncoder.encode(token.replace("&#x3d;", "=").replace("&#61;", "="), StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
