package vn.directives.command.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.directives.command.infrastructure.CommandSideTest;
import vn.directives.command.support.AccessMatrix;
import vn.directives.command.support.AccessMatrix.Endpoint;
import vn.directives.command.support.AccessMatrix.Expected;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the command side, anonymous and as each role: nothing but health answers an
 * anonymous caller; accounts are for administrators, the audit trail for inspectors, commands
 * for the roles that act (the aggregates then decide on the thing itself).
 */
@CommandSideTest
class AccessMatrixTest {

    private static final List<String> ROLES = Arrays.stream(vn.directives.platform.security.Role.values())
            .map(Enum::name).toList();
    private static final List<String> ACTING = List.of("ORGANIZATION_COMMITTEE", "STEERING_MEMBER", "UNIT_OFFICER");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void every_endpoint_answers_each_role_as_expected() {
        List<Endpoint> endpoints = AccessMatrix.endpoints(context);
        assertThat(endpoints).hasSizeGreaterThan(50)
                .contains(new Endpoint("POST", "/api/surveys/x/closure"), new Endpoint("POST", "/api/accounts"));
        int[] calls = {0};

        List<String> mismatches = AccessMatrix.mismatches("http://localhost:" + port, endpoints, ROLES,
                AccessMatrixTest::expected, calls);

        System.out.printf("access matrix (command side): %d endpoints x %d users = %d calls, %d mismatches%n",
                endpoints.size(), ROLES.size() + 1, calls[0], mismatches.size());
        assertThat(mismatches).isEmpty();
    }

    @Test
    void health_is_open_and_the_other_operations_endpoints_are_for_administrators() {
        List<Endpoint> actuator = List.of(new Endpoint("GET", "/actuator/health"),
                new Endpoint("GET", "/actuator/prometheus"), new Endpoint("GET", "/actuator/metrics"));
        List<String> mismatches = AccessMatrix.mismatches("http://localhost:" + port, actuator, ROLES,
                (endpoint, role) -> endpoint.path().equals("/actuator/health") ? Expected.ALLOWED
                        : role == null ? Expected.UNAUTHENTICATED
                        : role.equals("ADMINISTRATOR") ? Expected.ALLOWED : Expected.FORBIDDEN, new int[1]);
        assertThat(mismatches).isEmpty();
    }

    private static Expected expected(Endpoint endpoint, String role) {
        if (role == null) {
            return Expected.UNAUTHENTICATED;
        }
        String path = endpoint.path();
        if (path.startsWith("/api/accounts")) {
            return allowedIf(role.equals("ADMINISTRATOR"));
        }
        if (path.startsWith("/api/audit")) {
            return allowedIf(role.equals("INSPECTOR"));
        }
        if (path.startsWith("/api/") && endpoint.method().equals("POST")) {
            return allowedIf(ACTING.contains(role));
        }
        return Expected.ALLOWED;
    }

    private static Expected allowedIf(boolean allowed) {
        return allowed ? Expected.ALLOWED : Expected.FORBIDDEN;
    }
}
