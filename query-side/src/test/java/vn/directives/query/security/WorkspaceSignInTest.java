package vn.directives.query.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directives.command.support.TestAccounts;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * People sign in to the workspace on a page, with a CSRF-protected form, never through a Basic
 * prompt; their session lives in PostgreSQL, so another instance (or this one after a restart)
 * knows them; signing out or the idle timeout ends it. The API keeps answering 401 problem
 * documents. Real HTTP against two query-side instances sharing the test database.
 */
class WorkspaceSignInTest {

    /** Short, so that a burst ends within the test; the limits are the defaults (5 per account). */
    private static final Duration THROTTLE_WINDOW = Duration.ofSeconds(3);

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        CommandSideMigrations.apply();
        first = start(1);
        second = start(2);
    }

    private static ConfigurableApplicationContext start(int instance) {
        return new SpringApplicationBuilder(QuerySideApplication.class, WhoAmI.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0", "--directives.query.node-id=signin-" + instance,
                        "--directives.security.throttle.window=" + THROTTLE_WINDOW.toSeconds() + "s");
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    void a_page_asked_for_without_a_session_leads_to_the_sign_in_page_with_a_csrf_protected_form() {
        Browser browser = new Browser();

        HttpResponse<String> page = browser.get(url(first, "/test-workspace/whoami"));
        HttpResponse<String> signInPage = browser.get(url(first, "/signin"));

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/signin"));
        assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(signInPage.statusCode()).isEqualTo(200);
        assertThat(signInPage.body()).contains("action=\"/signin\"", "name=\"username\"", "name=\"password\"",
                "name=\"_csrf\"");
    }

    @Test
    void the_api_still_answers_401_problem_documents_and_never_a_sign_in_page() {
        HttpResponse<String> answer = new Browser().get(url(first, "/api/tasks"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
    }

    @Test
    void a_wrong_password_returns_to_the_page_with_an_error_and_signs_nobody_in() {
        Browser browser = new Browser();
        String user = account("ws-wrong");

        HttpResponse<String> answer = browser.signIn(url(first, ""), user, "not the password");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/signin?error"));
        assertThat(browser.get(url(first, "/test-workspace/whoami")).statusCode()).isEqualTo(302);
        assertThat(sessionsOf(user)).isZero();
    }

    @Test
    void a_sign_in_form_without_its_csrf_token_is_refused() {
        Browser browser = new Browser();
        String user = account("ws-csrf");

        HttpResponse<String> answer = browser.postAsIs(url(first, "/signin"),
                Map.of("username", user, "password", password(user)));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(sessionsOf(user)).isZero();
    }

    @Test
    void a_session_lives_in_postgresql_with_the_idle_timeout_and_serves_every_instance() {
        Browser browser = new Browser();
        String user = account("ws-clerk");
        browser.get(url(first, "/test-workspace/whoami"));

        HttpResponse<String> signedIn = browser.signIn(url(first, ""), user, password(user));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/test-workspace/whoami"));
        assertThat(browser.get(url(first, "/test-workspace/whoami")).body()).isEqualTo(user);
        assertThat(browser.get(url(second, "/test-workspace/whoami")).body()).isEqualTo(user);
        assertThat(jdbc().queryForObject("SELECT max_inactive_interval FROM sessions.spring_session WHERE session_id = ?",
                Integer.class, browser.sessionId())).isEqualTo(30 * 60);
    }

    @Test
    void signing_out_ends_the_session_on_every_instance() {
        Browser browser = new Browser();
        String user = account("ws-signout");
        browser.signIn(url(first, ""), user, password(user));
        assertThat(browser.get(url(second, "/test-workspace/whoami")).body()).isEqualTo(user);

        HttpResponse<String> signedOut = browser.post(url(second, "/signout"), Map.of());

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/signin?signedout"));
        assertThat(browser.get(url(first, "/test-workspace/whoami")).statusCode()).isEqualTo(302);
        assertThat(sessionsOf(user)).isZero();
    }

    @Test
    void a_session_idle_for_longer_than_the_timeout_signs_nobody_in() {
        Browser browser = new Browser();
        String user = account("ws-idle");
        browser.signIn(url(first, ""), user, password(user));
        assertThat(browser.get(url(first, "/test-workspace/whoami")).body()).isEqualTo(user);

        // as if the last request had been 31 minutes ago
        jdbc().update("""
                UPDATE sessions.spring_session SET last_access_time = last_access_time - 31 * 60000,
                       expiry_time = expiry_time - 31 * 60000 WHERE session_id = ?""", browser.sessionId());

        assertThat(browser.get(url(second, "/test-workspace/whoami")).statusCode()).isEqualTo(302);
    }

    @Test
    void repeated_wrong_passwords_on_the_page_are_throttled_logged_once_and_the_user_signs_in_after_the_burst() {
        Browser browser = new Browser();
        String user = account("ws-guessed");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(location(browser.signIn(url(first, ""), user, "guess " + attempt))).endsWith("/signin?error");
        }

        HttpResponse<String> throttled = browser.signIn(url(first, ""), user, "guess 6");
        HttpResponse<String> rightButThrottled = browser.signIn(url(first, ""), user, password(user));

        assertThat(location(throttled)).endsWith("/signin?throttled");
        assertThat(location(rightButThrottled)).endsWith("/signin?throttled");
        assertThat(sessionsOf(user)).isZero();
        assertThat(logged(user, "UNAUTHENTICATED")).isEqualTo(5);
        assertThat(logged(user, "THROTTLED")).isEqualTo(1);
        assertThat(browser.get(url(first, "/signin?throttled")).body()).contains("thử lại sau");

        await().pollDelay(THROTTLE_WINDOW.plusSeconds(1)).pollInterval(THROTTLE_WINDOW.plusSeconds(1))
                .atMost(Duration.ofSeconds(30))
                .until(() -> !location(browser.signIn(url(first, ""), user, password(user))).contains("/signin?"));
        assertThat(browser.get(url(first, "/test-workspace/whoami")).body()).isEqualTo(user);
        assertThat(logged(user, "THROTTLED")).isEqualTo(1);
    }

    @Test
    void repeated_wrong_basic_credentials_on_the_api_answer_429_with_retry_after_without_checking_the_password() {
        String user = account("api-guessed");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(api(user, "guess " + attempt).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = api(user, "guess 6");
        HttpResponse<String> rightButThrottled = api(user, password(user));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue(String.valueOf(THROTTLE_WINDOW.toSeconds()));
        assertThat(throttled.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(throttled.body()).contains("urn:directives:problem:sign-in-throttled", "title_en");
        assertThat(rightButThrottled.statusCode()).isEqualTo(429);
        assertThat(logged(user, "UNAUTHENTICATED")).isEqualTo(5);
        assertThat(logged(user, "THROTTLED")).isEqualTo(1);

        await().pollDelay(THROTTLE_WINDOW.plusSeconds(1)).pollInterval(THROTTLE_WINDOW.plusSeconds(1))
                .atMost(Duration.ofSeconds(30)).until(() -> api(user, password(user)).statusCode() == 200);
    }

    private HttpResponse<String> api(String user, String password) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(first, "/api/tasks")))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int logged(String user, String outcome) {
        Integer count = jdbc().queryForObject(
                "SELECT count(*) FROM query.security_log WHERE username = ? AND outcome = ?", Integer.class, user, outcome);
        return count == null ? 0 : count;
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("");
    }

    static String account(String name) {
        TestAccounts.basic(name, "ORGANIZATION_COMMITTEE", null);
        return name;
    }

    static String password(String user) {
        return TestAccounts.password(user, "ORGANIZATION_COMMITTEE", null);
    }

    private static int sessionsOf(String user) {
        Integer count = jdbc().queryForObject("SELECT count(*) FROM sessions.spring_session WHERE principal_name = ?",
                Integer.class, user);
        return count == null ? 0 : count;
    }

    private static JdbcTemplate jdbc() {
        return first.getBean(JdbcTemplate.class);
    }

    static String url(ConfigurableApplicationContext side, String path) {
        return "http://localhost:" + side.getEnvironment().getRequiredProperty("local.server.port") + path;
    }
}
