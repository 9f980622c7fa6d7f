package vn.directives.query.admin;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import vn.directives.events.directive.DirectiveRegistered;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import tools.jackson.databind.JsonNode;
import vn.directives.query.infrastructure.BothSides;
import vn.directives.query.infrastructure.HandledEventTally;

import vn.directives.command.support.EventStoreOwner;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.directives.query.infrastructure.BothSides.json;

/**
 * The processors' administration over HTTP against the real database: status and lag, the
 * rebuild of one read model while another processor keeps running, a processor whose batches fail,
 * and reconciliation: clean on a normal run, naming an event committed below a processor's token (a
 * writer bypassing the append protocol, skipped as Axon skips a gap it gave up on) and a read-model
 * row removed by hand; and a processor that runs two read models' groups (the processor layout).
 */
class ProcessorAdministrationTest {

    private static final String DIRECTIVES = "directives";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PROBE = "reconciliation-probe-";
    /** A type no projection handles: processors move past it without counting it, and reconciliation ignores it. */
    private static final String PROBE_TYPE = "vn.directives.test.ReconciliationProbe";
    /** A type the directives projection handles: an event of it that a processor never read is a skip. */
    private static final String HANDLED_TYPE = DirectiveRegistered.class.getName();

    /** Two read models' processing groups in one processor (directives.query.processors.layout). */
    private static final String COMBINED = "calendar-and-deadlines";

    private static BothSides sides;

    @BeforeAll
    static void start() {
        sides = BothSides.start(List.of(RebuildWitness.class, FailingWitness.class),
                "--axon.eventhandling.processors." + FailingWitness.GROUP + ".mode=pooled",
                "--axon.eventhandling.processors." + FailingWitness.GROUP + ".batch-size=100",
                "--axon.eventhandling.processors." + FailingWitness.GROUP + ".initial-segment-count=1",
                "--axon.eventhandling.processors." + RebuildWitness.GROUP + ".mode=pooled",
                "--axon.eventhandling.processors." + RebuildWitness.GROUP + ".batch-size=100",
                "--axon.eventhandling.processors." + RebuildWitness.GROUP + ".initial-segment-count=2",
                "--directives.query.rebuild.poll-interval=100ms",
                "--directives.query.processors.layout=" + COMBINED + "=task-deadlines+working-calendar");
    }

    @AfterAll
    static void stop() {
        if (sides != null) {
            sides.close();
        }
    }

    @Test
    void status_shows_every_processor_caught_up_with_the_head_of_the_event_store() {
        long position = json(sides.registerDirective()).get("position").asLong();

        JsonNode directives = await("directives caught up").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> status(DIRECTIVES), status -> status.get("lag").asLong() == 0
                        && status.get("position").asLong() >= position);

        assertThat(directives.get("head").asLong()).isEqualTo(directives.get("position").asLong());
        assertThat(directives.get("replaying").asBoolean()).isFalse();
        assertThat(directives.get("runningHere").asBoolean()).isTrue();
        assertThat(directives.get("errorHere").asBoolean()).isFalse();
        assertThat(directives.get("segmentCount").asInt()).isEqualTo(2);
        assertThat(directives.get("claimedSegments").asInt()).isEqualTo(2);
        assertThat(names(json(sides.getQuery("/api/admin/processors")))).contains(DIRECTIVES, RebuildWitness.GROUP);
    }

    @Test
    void a_stopped_processor_lags_behind_by_the_events_stored_since_and_catches_up_when_started() {
        StreamingEventProcessor witness = processor(RebuildWitness.GROUP);
        witness.shutDown();
        try {
            long position = json(sides.registerDirective()).get("position").asLong();

            JsonNode stopped = status(RebuildWitness.GROUP);
            assertThat(stopped.get("runningHere").asBoolean()).isFalse();
            assertThat(stopped.get("position").asLong()).isLessThan(position);
            assertThat(stopped.get("lag").asLong())
                    .isEqualTo(stopped.get("head").asLong() - stopped.get("position").asLong())
                    .isPositive();
            await("lag gauge").atMost(PATIENCE).until(() -> gauge("directives.processor.lag", RebuildWitness.GROUP) >= 1);
        } finally {
            witness.start();
        }
        await("witness caught up").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> status(RebuildWitness.GROUP).get("lag").asLong() == 0);
        await("lag gauge back to 0").atMost(PATIENCE)
                .until(() -> gauge("directives.processor.lag", RebuildWitness.GROUP) == 0);
        assertThat(gauge("directives.processor.position", RebuildWitness.GROUP))
                .isEqualTo(status(RebuildWitness.GROUP).get("head").asDouble());
    }

    @Test
    void rebuilding_the_directive_list_replays_it_from_history_while_another_processor_keeps_running() {
        HttpResponse<String> created = sides.registerDirective();
        String id = json(created).get("id").asString();
        long position = json(created).get("position").asLong();
        assertThat(sides.getQuery("/api/directives/" + id + "?position=" + position).statusCode()).isEqualTo(200);
        // The read model loses a row: only a replay of the history brings it back.
        sides.query().getBean(JdbcTemplate.class).update("DELETE FROM query.directive WHERE id = ?", id);
        assertThat(sides.getQuery("/api/directives/" + id).statusCode()).isEqualTo(404);
        RebuildWitness witness = sides.query().getBean(RebuildWitness.class);
        int witnessHandled = witness.handled.get();

        HttpResponse<String> accepted = sides.postQuery("/api/admin/processors/" + DIRECTIVES + "/rebuild");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        URI progress = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        assertThat(progress.getPath()).isEqualTo("/api/admin/processors/directives/rebuild");
        assertThat(json(accepted).get("state").asString()).isEqualTo("STOPPING");
        // The answer to the POST is the first state seen; polling may well start after the stop.
        Set<String> states = new LinkedHashSet<>(Set.of(json(accepted).get("state").asString()));
        JsonNode done = await("rebuild done").atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
            assertThat(processor(RebuildWitness.GROUP).isRunning()).as("the witness keeps running").isTrue();
            JsonNode rebuild = json(sides.send(HttpRequest.newBuilder(progress).GET()));
            states.add(rebuild.get("state").asString());
            return rebuild;
        }, rebuild -> rebuild.get("state").asString().equals("DONE"));

        assertThat(states).containsSubsequence("STOPPING", "DONE")
                .isSubsetOf("STOPPING", "REPLAYING", "DONE");
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("headAtReset").asLong()).isGreaterThanOrEqualTo(position);
        assertThat(done.get("position").asLong()).isGreaterThanOrEqualTo(done.get("headAtReset").asLong());
        assertThat(done.get("resetAt").isNull()).isFalse();
        assertThat(sides.getQuery("/api/directives/" + id).statusCode()).isEqualTo(200);
        assertThat(processor(DIRECTIVES).isRunning()).isTrue();
        assertThat(witness.handled.get()).as("the witness replayed nothing").isEqualTo(witnessHandled);
        assertThat(status(RebuildWitness.GROUP).get("replaying").asBoolean()).isFalse();
        assertThat(status(DIRECTIVES).get("rebuild").get("state").asString()).isEqualTo("DONE");
    }

    /**
     * A processor the layout made of two groups: listed once, with its groups, instead of one per
     * group; reads with a position wait for it as for any other; reconciled as one; its rebuild
     * replays both read models from history.
     */
    @Test
    void a_processor_combining_two_read_models_is_shown_reconciled_and_rebuilt_as_one() {
        JsonNode processors = json(sides.getQuery("/api/admin/processors"));
        assertThat(names(processors)).contains(COMBINED).doesNotContain("task-deadlines", "working-calendar")
                .contains("task-board", "task-timeline");
        assertThat(StreamSupport.stream(processorIn(processors, COMBINED, "name").get("processingGroups").spliterator(),
                false).map(JsonNode::asString)).containsExactly("task-deadlines", "working-calendar");
        assertThat(StreamSupport.stream(processorIn(processors, DIRECTIVES, "name").get("processingGroups").spliterator(),
                false).map(JsonNode::asString)).containsExactly(DIRECTIVES);
        HttpResponse<String> created = sides.registerDirective();
        long position = json(created).get("position").asLong();
        assertThat(sides.getQuery("/api/directives/" + json(created).get("id").asString() + "?position=" + position)
                .statusCode()).isEqualTo(200);
        assertThat(status(COMBINED).get("position").asLong()).as("a read with a position waits for it too")
                .isGreaterThanOrEqualTo(position);
        JdbcTemplate jdbc = sides.query().getBean(JdbcTemplate.class);
        long calendarYears = jdbc.queryForObject("SELECT count(*) FROM query.calendar_year", Long.class);
        assertThat(calendarYears).as("the calendar adopted by the command side at its start").isPositive();
        JsonNode reconciled = json(sides.getQuery("/api/admin/reconciliation"));
        assertThat(processorIn(reconciled, COMBINED).get("missingCount").asLong()).isZero();
        // The read model loses its rows: a rebuild of the processor replays both of its groups.
        jdbc.update("DELETE FROM query.calendar_day");
        jdbc.update("DELETE FROM query.calendar_year");

        HttpResponse<String> accepted = sides.postQuery("/api/admin/processors/" + COMBINED + "/rebuild");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        URI progress = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        await("rebuild done").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> json(sides.send(HttpRequest.newBuilder(progress).GET())).get("state").asString(),
                        "DONE"::equals);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM query.calendar_year", Long.class)).isEqualTo(calendarYears);
        assertThat(json(sides.getQuery("/api/admin/reconciliation")).get("clean").asBoolean())
                .as("the rebuilt processor counted its events anew").isTrue();
    }

    @Test
    void rebuilding_an_unknown_processor_answers_404_and_a_processor_never_rebuilt_has_no_progress() {
        HttpResponse<String> unknown = sides.postQuery("/api/admin/processors/no-such-processor/rebuild");
        HttpResponse<String> never = sides.getQuery("/api/admin/processors/" + RebuildWitness.GROUP + "/rebuild");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("detail_en").asString()).contains("no-such-processor");
        assertThat(never.statusCode()).isEqualTo(404);
    }

    @Test
    void reconciliation_is_clean_when_every_stored_event_reached_every_processor() {
        long position = json(sides.registerDirective()).get("position").asLong();

        JsonNode report = await("every processor checked through " + position).atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(200)).until(() -> json(sides.getQuery("/api/admin/reconciliation")),
                        found -> StreamSupport.stream(found.get("processors").spliterator(), false)
                                .allMatch(processor -> processor.get("checkedThrough").asLong() >= position));

        assertThat(report.get("clean").asBoolean()).as(report.toString()).isTrue();
        assertThat(names(report.get("processors"), "processor")).contains(DIRECTIVES, RebuildWitness.GROUP);
        report.get("processors").forEach(processor -> {
            assertThat(processor.get("missingCount").asLong()).isZero();
            assertThat(processor.get("missing")).isEmpty();
        });
        assertThat(gauge("directives.reconciliation.missing", DIRECTIVES)).isZero();
    }

    /**
     * A transaction takes global index k and commits late: meanwhile an event recorded more than
     * the gap timeout ago (k + 1) made every processor give up on k. The event at k then commits
     * (inserted at k as the command role, as the late transaction would): no processor ever reads it.
     */
    @Test
    void reconciliation_lists_an_event_committed_below_the_processors_tokens() throws SQLException {
        try (Connection command = BothSides.commandRole()) {
            long hidden = takeGlobalIndex(command);
            long overdue = insertProbe(command, null, PROBE_TYPE, Instant.now().minus(Duration.ofMinutes(10)));
            await("every processor past " + overdue).atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                    .until(() -> StreamSupport.stream(json(sides.getQuery("/api/admin/processors")).spliterator(), false)
                            .allMatch(processor -> processor.get("position").asLong() >= overdue));
            insertProbe(command, hidden, HANDLED_TYPE, Instant.now());

            JsonNode report = await("the hidden event listed").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                    .until(() -> json(sides.getQuery("/api/admin/reconciliation")),
                            found -> listed(processorIn(found, DIRECTIVES), hidden, HANDLED_TYPE)
                                    && listed(processorIn(found, RebuildWitness.GROUP), hidden, HANDLED_TYPE));
            report.get("processors").forEach(processor -> assertThat(listed(processor, overdue, PROBE_TYPE))
                    .as("an event no projection handles is never missing: " + processor).isFalse());

            assertThat(report.get("clean").asBoolean()).isFalse();
            JsonNode directives = StreamSupport.stream(report.get("processors").spliterator(), false)
                    .filter(processor -> processor.get("processor").asString().equals(DIRECTIVES)).findFirst()
                    .orElseThrow();
            assertThat(directives.get("missingCount").asLong()).as("the event and the directive row it would have made")
                    .isEqualTo(2);
            JsonNode missing = directives.get("missing").get(0);
            assertThat(missing.get("payloadType").asString()).isEqualTo(HANDLED_TYPE);
            assertThat(missing.get("fromIndex").asLong()).isLessThanOrEqualTo(hidden);
            assertThat(missing.get("toIndex").asLong()).isGreaterThanOrEqualTo(hidden);
            assertThat(missing.get("count").asLong()).isEqualTo(1);
            JsonNode missingRow = directives.get("missingRows").get(0);
            assertThat(missingRow.get("table").asString()).isEqualTo("query.directive");
            assertThat(missingRow.get("globalIndex").asLong()).isEqualTo(hidden);
            assertThat(gauge("directives.reconciliation.missing", DIRECTIVES)).isEqualTo(2);
        } finally {
            try (Connection command = BothSides.commandRole()) {
                // only the event table's owner may delete event rows (V900)
                EventStoreOwner.rewrite(command, "DELETE FROM events.domain_event_entry WHERE aggregate_identifier LIKE ?",
                        PROBE + "%");
            }
        }
        assertThat(json(sides.getQuery("/api/admin/reconciliation")).get("clean").asBoolean())
                .as("clean again once the probe events are gone").isTrue();
    }

    /**
     * An event that fills a gap of the processors' tokens arrives with a token whose index is the
     * higher one the token had already reached. The tally must count it at its own global index: the
     * gap here straddles a bucket boundary of the tally, so counting it at the token's index would
     * leave its own bucket short and reconciliation would report it missing although every processor
     * applied it.
     */
    @Test
    void an_event_filling_a_gap_across_a_tally_bucket_is_counted_at_its_own_index() throws SQLException {
        String directiveId = json(sides.registerDirective()).get("id").asString();
        RebuildWitness witness = sides.query().getBean(RebuildWitness.class);
        String copied = null;
        try (Connection command = BothSides.commandRole()) {
            long boundary = (takeGlobalIndex(command) / HandledEventTally.BUCKET + 1) * HandledEventTally.BUCKET;
            moveGlobalIndexTo(command, boundary - 4);
            long hidden = takeGlobalIndex(command); // boundary - 3, written late below
            long after = insertProbe(command, boundary + 2, PROBE_TYPE, Instant.now());
            moveGlobalIndexTo(command, after);
            await("every processor past " + after).atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                    .until(() -> StreamSupport.stream(json(sides.getQuery("/api/admin/processors")).spliterator(), false)
                            .allMatch(processor -> processor.get("position").asLong() >= after));
            int handledBefore = witness.handled.get();

            copied = copyRegistration(command, directiveId, hidden); // the late writer commits inside the gap timeout

            await("the late event applied").atMost(PATIENCE).until(() -> witness.handled.get() > handledBefore);
            long position = json(sides.registerDirective()).get("position").asLong();
            JsonNode report = await("every processor checked through " + position).atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(200)).until(() -> json(sides.getQuery("/api/admin/reconciliation")),
                            found -> StreamSupport.stream(found.get("processors").spliterator(), false)
                                    .allMatch(processor -> processor.get("checkedThrough").asLong() >= position));
            assertThat(listed(processorIn(report, DIRECTIVES), hidden, HANDLED_TYPE)).as(report.toString()).isFalse();
            assertThat(listed(processorIn(report, RebuildWitness.GROUP), hidden, HANDLED_TYPE)).as(report.toString())
                    .isFalse();
            assertThat(report.get("clean").asBoolean()).as(report.toString()).isTrue();
        } finally {
            try (Connection command = BothSides.commandRole()) {
                EventStoreOwner.rewrite(command, "DELETE FROM events.domain_event_entry WHERE aggregate_identifier LIKE ?"
                        + " OR event_identifier = ?", PROBE + "%", String.valueOf(copied));
            }
        }
    }

    @Test
    void reconciliation_names_a_read_model_row_removed_by_hand() {
        HttpResponse<String> created = sides.registerDirective();
        String id = json(created).get("id").asString();
        long position = json(created).get("position").asLong();
        assertThat(sides.getQuery("/api/directives/" + id + "?position=" + position).statusCode()).isEqualTo(200);
        JdbcTemplate jdbc = sides.query().getBean(JdbcTemplate.class);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM query.directive WHERE id = ?", id);
        jdbc.update("DELETE FROM query.directive WHERE id = ?", id);
        try {
            JsonNode report = json(sides.getQuery("/api/admin/reconciliation"));

            assertThat(report.get("clean").asBoolean()).as(report.toString()).isFalse();
            JsonNode directives = processorIn(report, DIRECTIVES);
            assertThat(directives.get("missingCount").asLong()).isEqualTo(1);
            assertThat(directives.get("missing")).as("the processor did process every event").isEmpty();
            JsonNode missingRow = directives.get("missingRows").get(0);
            assertThat(missingRow.get("table").asString()).isEqualTo("query.directive");
            assertThat(missingRow.get("id").asString()).isEqualTo(id);
            assertThat(gauge("directives.reconciliation.missing", DIRECTIVES)).isEqualTo(1);
        } finally {
            new SimpleJdbcInsert(jdbc).withSchemaName("query").withTableName("directive").execute(row);
        }
        assertThat(json(sides.getQuery("/api/admin/reconciliation")).get("clean").asBoolean())
                .as("clean again once the row is back").isTrue();
    }

    @Test
    void a_processor_whose_batches_fail_shows_the_failure_until_a_batch_commits_again() {
        FailingWitness witness = sides.query().getBean(FailingWitness.class);
        witness.failing.set(true);
        long position;
        try {
            position = json(sides.registerDirective()).get("position").asLong();

            JsonNode failing = await("the failure shown").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                    .until(() -> status(FailingWitness.GROUP), status -> status.path("failure").isObject());

            assertThat(failing.get("errorHere").asBoolean()).isTrue();
            assertThat(failing.get("position").asLong()).isLessThan(position);
            JsonNode failure = failing.get("failure");
            assertThat(failure.get("lastError").asString()).isNotBlank();
            assertThat(failure.get("rootCause").asString()).isEqualTo(IllegalStateException.class.getName());
            assertThat(failure.get("since").asString()).isNotBlank();
            assertThat(failure.get("failedBatches").asLong()).isPositive();
            assertThat(failure.get("retrying").asBoolean()).isTrue();
            assertThat(gauge("directives.processor.failing", FailingWitness.GROUP)).isEqualTo(1);
            assertThat(status(DIRECTIVES).path("failure").isObject()).as("the others are not failing").isFalse();
        } finally {
            witness.failing.set(false);
        }
        JsonNode recovered = await("the failure cleared").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> status(FailingWitness.GROUP), status -> !status.path("failure").isObject()
                        && status.get("position").asLong() >= position);
        assertThat(recovered.get("errorHere").asBoolean()).isFalse();
        assertThat(gauge("directives.processor.failing", FailingWitness.GROUP)).isZero();
    }

    private static JsonNode processorIn(JsonNode report, String name) {
        return processorIn(report.get("processors"), name, "processor");
    }

    private static JsonNode processorIn(JsonNode processors, String name, String field) {
        return StreamSupport.stream(processors.spliterator(), false)
                .filter(processor -> processor.get(field).asString().equals(name)).findFirst().orElseThrow();
    }

    private static boolean listed(JsonNode processor, long globalIndex, String payloadType) {
        return StreamSupport.stream(processor.get("missing").spliterator(), false)
                .anyMatch(events -> events.get("payloadType").asString().equals(payloadType)
                        && events.get("fromIndex").asLong() <= globalIndex && events.get("toIndex").asLong() >= globalIndex);
    }

    /** Takes a global index as an inserting transaction does, without committing an event at it. */
    private static long takeGlobalIndex(Connection command) throws SQLException {
        try (Statement statement = command.createStatement();
             ResultSet index = statement.executeQuery(
                     "SELECT nextval(pg_get_serial_sequence('events.domain_event_entry', 'global_index'))")) {
            index.next();
            return index.getLong(1);
        }
    }

    /** Sets the global index sequence so that the next index taken is {@code last + 1}. */
    private static void moveGlobalIndexTo(Connection command, long last) throws SQLException {
        try (PreparedStatement statement = command.prepareStatement(
                "SELECT setval(pg_get_serial_sequence('events.domain_event_entry', 'global_index'), ?)")) {
            statement.setLong(1, last);
            statement.executeQuery().close();
        }
    }

    /**
     * Stores, at the given index and now, a copy of the directive's registration as the next event of
     * its stream (the projections take it as the same registration again); answers its identifier.
     */
    private static String copyRegistration(Connection command, String directiveId, long globalIndex)
            throws SQLException {
        String identifier = UUID.randomUUID().toString();
        try (PreparedStatement insert = command.prepareStatement("""
                INSERT INTO events.domain_event_entry (global_index, event_identifier, aggregate_identifier,
                       sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                OVERRIDING SYSTEM VALUE
                SELECT ?, ?, aggregate_identifier,
                       (SELECT max(sequence_number) + 1 FROM events.domain_event_entry WHERE aggregate_identifier = ?),
                       type, ?, payload_type, payload_revision, payload, meta_data
                  FROM events.domain_event_entry
                 WHERE aggregate_identifier = ? AND sequence_number = 0""")) {
            insert.setLong(1, globalIndex);
            insert.setString(2, identifier);
            insert.setString(3, directiveId);
            insert.setString(4, Instant.now().toString());
            insert.setString(5, directiveId);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        return identifier;
    }

    /** Stores an event of a type no read model knows, at the given index (or the next one), recorded at the given time. */
    private static long insertProbe(Connection command, Long globalIndex, String payloadType, Instant recordedAt)
            throws SQLException {
        String columns = "event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, "
                + "payload, meta_data";
        String values = "?, ?, 0, 'ReconciliationProbe', ?, ?, "
                + "convert_to('{}', 'UTF8'), convert_to('{}', 'UTF8')";
        String sql = globalIndex == null
                ? "INSERT INTO events.domain_event_entry (" + columns + ") VALUES (" + values + ") RETURNING global_index"
                : "INSERT INTO events.domain_event_entry (global_index, " + columns + ") OVERRIDING SYSTEM VALUE "
                + "VALUES (?, " + values + ") RETURNING global_index";
        try (PreparedStatement insert = command.prepareStatement(sql)) {
            int parameter = 1;
            if (globalIndex != null) {
                insert.setLong(parameter++, globalIndex);
            }
            insert.setString(parameter++, UUID.randomUUID().toString());
            insert.setString(parameter++, PROBE + UUID.randomUUID());
            insert.setString(parameter++, recordedAt.toString());
            insert.setString(parameter, payloadType);
            try (ResultSet stored = insert.executeQuery()) {
                stored.next();
                return stored.getLong(1);
            }
        }
    }

    private static JsonNode status(String processor) {
        HttpResponse<String> answer = sides.getQuery("/api/admin/processors/" + processor);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer);
    }

    private static StreamingEventProcessor processor(String name) {
        return sides.query().getBean(EventProcessingConfiguration.class)
                .eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    private static double gauge(String name, String processor) {
        return sides.query().getBean(MeterRegistry.class).get(name).tag("processor", processor).gauge().value();
    }

    private static List<String> names(JsonNode processors) {
        return names(processors, "name");
    }

    private static List<String> names(JsonNode processors, String field) {
        return StreamSupport.stream(processors.spliterator(), false).map(node -> node.get(field).asString()).toList();
    }
}
