package vn.directives.query.timeline;

import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.directives.query.timeline.RunningQuerySide.json;
import static vn.directives.query.timeline.TimelineSamples.*;

/**
 * The way events really reach the timeline: appended to the event store with the command side's
 * database role (the query side's own role may only read it), serialized as the command side
 * serializes them, and picked up by the projection's pooled streaming processor. Also rebuilds
 * the timeline through the processor's reset, as an operator would.
 */
class TaskTimelineFollowsTheEventStoreTest {

    private static final Duration PICKUP = Duration.ofSeconds(20);

    private static RunningQuerySide querySide;
    private static JdbcEventStorageEngine commandSideStore;

    @BeforeAll
    static void start() {
        querySide = RunningQuerySide.start();
        Serializer serializer = querySide.bean("eventSerializer", Serializer.class);
        commandSideStore = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(new DriverManagerDataSource(
                        env("DIRECTIVES_DB_URL", "jdbc:postgresql://127.0.0.1:55432/directives"),
                        env("DIRECTIVES_COMMAND_DB_USER", "directives_command"),
                        env("DIRECTIVES_COMMAND_DB_PASSWORD", "directives_command"))))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .schema(querySide.bean(EventSchema.class))
                .build();
    }

    @AfterAll
    static void stop() {
        if (querySide != null) {
            querySide.close();
        }
    }

    @Test
    void stored_events_reach_the_timeline_with_their_metadata() throws Exception {
        String task = UUID.randomUUID().toString();
        Instant recordedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<DomainEventMessage<?>> stored = List.of(
                Recorded.event(task, 0, cellEstablishmentOpened(task), "organization-committee",
                        "ORGANIZATION_COMMITTEE", "req-open", recordedAt),
                Recorded.event(task, 1, ownerEngaged(task), "member-le", "STEERING_MEMBER,UNIT_OFFICER",
                        "req-engage", recordedAt.plusSeconds(1)),
                Recorded.event(task, 2, reassigned(task), "organization-committee", "ORGANIZATION_COMMITTEE",
                        "req-reassign", recordedAt.plusSeconds(2)));

        commandSideStore.appendEvents(stored);

        JsonNode entries = json(awaitEntries(task, 3)).get("items");
        for (int index = 0; index < stored.size(); index++) {
            assertThat(entries.get(index).get("eventId").asString()).isEqualTo(stored.get(index).getIdentifier());
            assertThat(Instant.parse(entries.get(index).get("recordedAt").asString()))
                    .isEqualTo(stored.get(index).getTimestamp());
        }
        JsonNode engaged = entries.get(1);
        assertThat(engaged.get("actor").asString()).isEqualTo("member-le");
        assertThat(engaged.get("role").asString()).isEqualTo("STEERING_MEMBER,UNIT_OFFICER");
        assertThat(engaged.get("roleLabel").asString()).isEqualTo("Thành viên Ban Chỉ đạo, Cán bộ đơn vị");
        assertThat(engaged.get("correlationId").asString()).isEqualTo("req-engage");
        assertThat(engaged.get("effectiveOn").asString()).isEqualTo("2025-06-15");
        assertThat(engaged.get("change").asString())
                .isEqualTo("Vận động chủ doanh nghiệp: chưa quyết định; ghi chú: Chủ doanh nghiệp cần thêm thời gian trao đổi");
        assertThat(entries.get(2).get("changeEn").asString()).isEqualTo(
                "Task reassigned to member member-tran (instead of member member-nguyen; reason: Phân công lại theo địa bàn phụ trách)");
    }

    @Test
    void a_rebuild_clears_the_timeline_and_replays_each_stored_event_once() throws Exception {
        String task = UUID.randomUUID().toString();
        Instant recordedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        commandSideStore.appendEvents(List.of(
                Recorded.event(task, 0, transferRequested(task), "organization-committee", "ORGANIZATION_COMMITTEE",
                        "req-1", recordedAt),
                Recorded.event(task, 1, letterIssuedLate(task), "member-pham", "STEERING_MEMBER", "req-2",
                        recordedAt.plusSeconds(1))));
        List<String> before = eventIds(awaitEntries(task, 2));
        // an entry whose event is not in the store: only a reset that clears the table removes it
        String unstored = UUID.randomUUID().toString();
        new AnnotationEventHandlerAdapter(querySide.bean(TaskTimelineProjection.class)).handle(Recorded.event(
                unstored, 0, surveyOpened(unstored), "organization-committee", "ORGANIZATION_COMMITTEE", "req-x",
                recordedAt));
        assertThat(timeline(unstored).statusCode()).isEqualTo(200);

        StreamingEventProcessor processor = querySide.bean(EventProcessingConfiguration.class)
                .eventProcessor(TaskTimelineProjection.GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        assertThat(timeline(unstored).statusCode()).isEqualTo(404);
        assertThat(eventIds(awaitEntries(task, 2))).isEqualTo(before);
    }

    /** Polls until the task's timeline has the given number of entries; the processor polls the store. */
    private static HttpResponse<String> awaitEntries(String task, int count) {
        return await("timeline of " + task + " with " + count + " entries")
                .atMost(PICKUP)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> timeline(task), response -> response.statusCode() == 200
                        && json(response).get("totalElements").asLong() == count);
    }

    private static HttpResponse<String> timeline(String task) throws Exception {
        return querySide.get("/api/tasks/" + task + "/timeline");
    }

    private static List<String> eventIds(HttpResponse<String> response) {
        List<String> ids = new ArrayList<>();
        json(response).get("items").forEach(entry -> ids.add(entry.get("eventId").asString()));
        return ids;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
