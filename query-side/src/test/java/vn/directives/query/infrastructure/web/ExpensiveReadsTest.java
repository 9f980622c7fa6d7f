package vn.directives.query.infrastructure.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.ProjectionTest;
import vn.directives.query.QuerySideClient;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports and audit searches are bounded: an unknown directive answers 404 at once, and one past
 * its time limit (1 ms here) answers 503 with a problem document.
 */
@ProjectionTest
@TestPropertySource(properties = {"directives.expensive-reads.per-user=1",
        "directives.expensive-reads.time-limit=1ms"})
class ExpensiveReadsTest {

    @Autowired
    Environment environment;

    @BeforeAll
    static void eventStore() {
        CommandSideMigrations.apply();
    }

    @Test
    void a_report_for_an_unknown_directive_answers_404_at_once() {
        long started = System.nanoTime();
        HttpResponse<String> answer = client().get("/api/directives/" + UUID.randomUUID() + "/report?cutOff=2025-11-15");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void an_audit_search_past_its_time_limit_answers_503_with_a_problem_document() {
        HttpResponse<String> answer = client().get("/api/audit/refusals?from=2025-01-01&to=2025-12-31");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).contains("read-time-limit").contains("detail_en");
    }

    private QuerySideClient client() {
        return new QuerySideClient(environment);
    }
}
