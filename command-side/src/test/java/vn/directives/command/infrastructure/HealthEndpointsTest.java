package vn.directives.command.infrastructure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.directives.command.support.Api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liveness is the process alone; readiness includes the database through the platform's check,
 * which answers within a second in an outage (DatabaseReachabilityTest) instead of waiting for the
 * pool's connection timeout as Spring Boot's own {@code db} check did.
 */
@CommandSideTest
class HealthEndpointsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    HealthContributorRegistry contributors;

    @Test
    void readiness_checks_the_database_and_liveness_does_not() throws Exception {
        JsonNode readiness = health("/actuator/health/readiness");
        JsonNode liveness = health("/actuator/health/liveness");

        assertThat(readiness.path("status").asString()).isEqualTo("UP");
        assertThat(readiness.path("components").path("database").path("status").asString()).isEqualTo("UP");
        assertThat(liveness.path("status").asString()).isEqualTo("UP");
        assertThat(names(liveness.path("components"))).containsExactly("livenessState");
    }

    @Test
    void the_pool_waiting_db_check_is_replaced_by_the_bounded_one() {
        assertThat(contributors.getContributor("db")).isNull();
        assertThat(contributors.getContributor("database")).isNotNull();
    }

    private JsonNode health(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Api.JSON.readTree(response.body());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
