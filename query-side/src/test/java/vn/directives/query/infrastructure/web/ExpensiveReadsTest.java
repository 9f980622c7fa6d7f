package vn.directives.query.infrastructure.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import vn.directives.command.support.TestAccounts;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.ProjectionTest;
import vn.directives.query.QuerySideClient;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports and audit searches are bounded: an unknown directive answers 404 at once, a user may
 * run one of them at a time here (429 with Retry-After and a problem document beyond that, other
 * users unaffected), and one past its time limit (1 ns here, so that even a warm JVM answering from cache is past it) answers 503 with a problem document.
 */
@ProjectionTest
@TestPropertySource(properties = {"directives.expensive-reads.per-user=1",
        "directives.expensive-reads.time-limit=1ns"})
class ExpensiveReadsTest {

    private static final String READER = "test-reader";

    @Autowired
    Environment environment;

    @Autowired
    ExpensiveReadPermits permits;

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
    void a_user_over_the_concurrency_limit_gets_429_with_retry_after_while_others_still_read() {
        String report = "/api/directives/" + UUID.randomUUID() + "/report/workbook?cutOff=2025-11-15";
        assertThat(permits.tryAcquire(READER)).isTrue();
        try {
            HttpResponse<String> refused = client().get(report);
            HttpResponse<String> other = client().as(TestAccounts.basic("uy-vien-thuong-vu-han-muc",
                    "STANDING_COMMITTEE", null)).get(report);

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(refused.body()).contains("too-many-expensive-reads").contains("detail_en");
            assertThat(other.statusCode()).isEqualTo(404);
        } finally {
            permits.release(READER);
        }
        assertThat(client().get(report).statusCode()).isEqualTo(404);
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
