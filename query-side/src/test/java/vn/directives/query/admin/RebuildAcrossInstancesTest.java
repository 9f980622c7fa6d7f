package vn.directives.query.admin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.directives.query.QuerySideApplication;
import vn.directives.query.infrastructure.BothSides;
import vn.directives.query.infrastructure.QueryNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.directives.query.infrastructure.BothSides.json;

/**
 * Two query-side instances on one database: the first claims every segment of the directive list;
 * the second, which claims none, still reads its own writes, and a rebuild asked of it stops the
 * processor on both, resets it once and lets both run it again (in that order: after the rebuild,
 * either instance may claim the segments).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RebuildAcrossInstancesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static BothSides sides;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        sides = BothSides.start(List.of(), "--directives.query.rebuild.poll-interval=100ms");
        // The first instance claims both segments before the second starts.
        await("first instance claims the directive list").atMost(PATIENCE)
                .until(() -> status(firstUrl()).get("claimedHere").asInt() == 2);
        second = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0", "--directives.query.rebuild.poll-interval=100ms");
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (sides != null) {
            sides.close();
        }
    }

    @Test
    @Order(1)
    void an_instance_that_claims_no_segment_reads_its_own_writes_from_the_shared_tokens() {
        HttpResponse<String> created = sides.registerDirective();
        String id = json(created).get("id").asString();
        long position = json(created).get("position").asLong();

        HttpResponse<String> read = get(secondUrl() + "/api/directives/" + id + "?position=" + position);

        assertThat(status(secondUrl()).get("claimedHere").asInt()).isZero();
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void a_rebuild_asked_of_an_instance_that_claims_no_segment_stops_the_processor_everywhere_and_completes() {
        HttpResponse<String> created = sides.registerDirective();
        String id = json(created).get("id").asString();
        String first = sides.query().getBean(QueryNode.class).id();
        String other = second.getBean(QueryNode.class).id();
        assertThat(StreamSupport.stream(status(secondUrl()).get("segments").spliterator(), false)
                .map(segment -> segment.get("owner").asString())).containsOnly(first);

        HttpResponse<String> accepted = BothSides.require(sides.send(HttpRequest.newBuilder(
                URI.create(secondUrl() + "/api/admin/processors/directives/rebuild"))
                .POST(HttpRequest.BodyPublishers.noBody())), 202);
        URI progress = URI.create(accepted.headers().firstValue("Location").orElseThrow());

        JsonNode done = await("rebuild done").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> json(get(progress.toString())), rebuild -> rebuild.get("state").asString().equals("DONE"));

        assertThat(done.get("requestedBy").asString()).isEqualTo(other);
        assertThat(done.get("resetBy").asString()).isIn(first, other);
        assertThat(get(sides.queryUri("/api/directives/" + id).toString()).statusCode()).isEqualTo(200);
        assertThat(get(secondUrl() + "/api/directives/" + id).statusCode()).isEqualTo(200);
        await("both instances run the processor again").atMost(PATIENCE).until(() ->
                status(firstUrl()).get("runningHere").asBoolean() && status(secondUrl()).get("runningHere").asBoolean()
                        && status(secondUrl()).get("claimedSegments").asInt() == 2);
    }

    private static JsonNode status(String baseUrl) {
        return json(BothSides.require(get(baseUrl + "/api/admin/processors/directives"), 200));
    }

    private static HttpResponse<String> get(String url) {
        return sides.send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static String firstUrl() {
        return sides.queryUri("").toString();
    }

    private static String secondUrl() {
        return "http://localhost:" + second.getEnvironment().getRequiredProperty("local.server.port");
    }
}
