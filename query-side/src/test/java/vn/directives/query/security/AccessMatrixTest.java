package vn.directives.query.security;

import org.junit.jupiter.api.AfterAll;
import vn.directives.platform.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.directives.command.support.AccessMatrix;
import vn.directives.command.support.AccessMatrix.Endpoint;
import vn.directives.command.support.AccessMatrix.Expected;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;

import vn.directives.command.support.TestAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the query side, anonymous and as each role: nothing but health answers an
 * anonymous caller; operations are for administrators, the audit trail for inspectors, the
 * board and reports for the business roles; an administrator reads no business data. Every page
 * of the workspace sends an anonymous visitor to the sign-in page and shows the 403 page to a
 * role it is not for.
 */
class AccessMatrixTest {

    private static final List<String> ROLES = Arrays.stream(Role.values()).map(Enum::name).toList();
    private static final List<String> READERS = List.of("ORGANIZATION_COMMITTEE", "STEERING_MEMBER",
            "UNIT_OFFICER", "STANDING_COMMITTEE", "INSPECTOR");

    private static ConfigurableApplicationContext querySide;

    @BeforeAll
    static void start() {
        CommandSideMigrations.apply();
        querySide = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME).run("--server.port=0");
    }

    @AfterAll
    static void stop() {
        querySide.close();
    }

    @Test
    void every_endpoint_answers_each_role_as_expected() {
        // the workspace's pages sign in on a page, not with Basic credentials: their own test below; the
        // test-only workspace pages of other tests (WhoAmI, UnitsFromTheWorkspace) are no endpoints of the product
        List<Endpoint> endpoints = AccessMatrix.endpoints(querySide).stream()
                .filter(endpoint -> !isPage(endpoint) && !endpoint.path().equals("/signin")
                        && !endpoint.path().startsWith("/test-workspace/")).toList();
        assertThat(endpoints).hasSizeGreaterThan(25)
                .contains(new Endpoint("GET", "/api/tasks"), new Endpoint("POST", "/api/admin/processors/x/rebuild"));
        int[] calls = {0};

        List<String> mismatches = AccessMatrix.mismatches(baseUrl(), endpoints, ROLES,
                AccessMatrixTest::expected, calls);

        System.out.printf("access matrix (query side): %d endpoints x %d users = %d calls, %d mismatches%n",
                endpoints.size(), ROLES.size() + 1, calls[0], mismatches.size());
        assertThat(mismatches).isEmpty();
    }

    @Test
    void health_is_open_and_the_other_operations_endpoints_are_for_administrators() {
        List<Endpoint> actuator = List.of(new Endpoint("GET", "/actuator/health"),
                new Endpoint("GET", "/actuator/prometheus"), new Endpoint("GET", "/actuator/metrics"));
        List<String> mismatches = AccessMatrix.mismatches(baseUrl(), actuator, ROLES,
                (endpoint, role) -> endpoint.path().equals("/actuator/health") ? Expected.ALLOWED
                        : role == null ? Expected.UNAUTHENTICATED
                        : role.equals("ADMINISTRATOR") ? Expected.ALLOWED : Expected.FORBIDDEN, new int[1]);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void pages_send_anonymous_visitors_to_sign_in_and_refuse_the_roles_they_are_not_for() {
        List<Endpoint> pages = AccessMatrix.endpoints(querySide).stream().filter(AccessMatrixTest::isPage).toList();
        assertThat(pages).contains(new Endpoint("GET", "/"), new Endpoint("GET", "/tasks"));
        HttpClient anonymous = HttpClient.newHttpClient();
        List<String> mismatches = new ArrayList<>();
        for (Endpoint page : pages) {
            HttpResponse<String> response = call(anonymous, page);
            if (page.method().equals("GET") && !(response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith("/signin"))) {
                mismatches.add(page + " as anonymous: expected a redirect to /signin, got " + response.statusCode());
            }
        }
        int calls = 0;
        for (String role : ROLES) {
            String username = "matrix-" + role.toLowerCase().replace('_', '-');
            AccessMatrix.credentials(role);
            HttpClient signedIn = FormSignIn.signedIn(baseUrl(), username, TestAccounts.password(username, role,
                    "UNIT_OFFICER".equals(role) ? "unit-matrix" : null));
            for (Endpoint page : pages) {
                int status = call(signedIn, page).statusCode();
                calls++;
                boolean open = vn.directives.query.workspace.Page.of(page.path())
                        .map(known -> known.openTo(java.util.Set.of(Role.valueOf(role)))).orElse(true);
                // a form posted without its CSRF token is refused whoever sends it
                boolean expectedRefused = !open || !page.method().equals("GET");
                boolean holds = expectedRefused ? status == 403 : status != 401 && status != 403 && status < 500
                        && status != 302;
                if (!holds) {
                    mismatches.add(page + " as " + role + ": expected " + (expectedRefused ? "403" : "the page")
                            + ", got " + status);
                }
            }
        }
        System.out.printf("access matrix (pages): %d pages x %d roles = %d calls, %d mismatches%n",
                pages.size(), ROLES.size(), calls, mismatches.size());
        assertThat(mismatches).isEmpty();
    }

    /** A page of the workspace: neither the API, nor operations, nor Spring's own error dispatch or the sign-in page. */
    private static boolean isPage(Endpoint endpoint) {
        String path = endpoint.path();
        return !path.startsWith("/api/") && !path.startsWith("/actuator") && !path.startsWith("/v3/")
                && !path.startsWith("/swagger-ui") && !path.equals("/signin");
    }

    private static HttpResponse<String> call(HttpClient client, Endpoint endpoint) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + endpoint.path()));
        request.method(endpoint.method(), endpoint.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(""));
        return FormSignIn.send(client, request);
    }

    private static Expected expected(Endpoint endpoint, String role) {
        if (endpoint.path().equals("/signin")) {
            return Expected.ALLOWED; // the workspace's sign-in page is for everybody
        }
        if (role == null) {
            return Expected.UNAUTHENTICATED;
        }
        String path = endpoint.path();
        if (path.startsWith("/api/admin")) {
            return allowedIf(role.equals("ADMINISTRATOR"));
        }
        if (path.startsWith("/api/audit")) {
            return allowedIf(role.equals("INSPECTOR"));
        }
        if (path.startsWith("/api/inboxes/")) {
            // the matrix's placeholder recipient is nobody's inbox: every role is turned away
            return Expected.FORBIDDEN;
        }
        if (path.startsWith("/api/")) {
            return allowedIf(READERS.contains(role));
        }
        return Expected.ALLOWED;
    }

    private static Expected allowedIf(boolean allowed) {
        return allowed ? Expected.ALLOWED : Expected.FORBIDDEN;
    }

    private static String baseUrl() {
        return "http://localhost:" + querySide.getEnvironment().getRequiredProperty("local.server.port");
    }
}
