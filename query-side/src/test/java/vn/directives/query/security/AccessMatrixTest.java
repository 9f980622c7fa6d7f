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

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the query side, anonymous and as each role: nothing but health answers an
 * anonymous caller; operations are for administrators, the audit trail for inspectors, the
 * board and reports for the business roles; an administrator reads no business data.
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
        List<Endpoint> endpoints = AccessMatrix.endpoints(querySide);
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
