package vn.directives.command.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directives.command.infrastructure.CommandSideTest;
import vn.directives.command.support.Api;
import vn.directives.command.support.EventStoreOwner;
import vn.directives.command.support.TestAccounts;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hash chain over the event store names the first broken position when a row is edited,
 * deleted or forged directly in PostgreSQL, and verifies clean otherwise. Each test puts the
 * store back as it was. The chainer is driven with a clock an hour ahead so that positions left
 * empty by rolled-back transactions are settled at once instead of after the hole timeout.
 */
@CommandSideTest
class EventChainTamperTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventChainer chainer;

    @Autowired
    javax.sql.DataSource dataSource;

    private Api api;
    private long position;

    @BeforeEach
    void storeAndChain() {
        api = new Api(port);
        String unit = api.unit("Đảng ủy Khối các cơ quan tỉnh", "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES");
        position = jdbc.queryForObject("SELECT global_index FROM events.domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0", Long.class, unit);
        api.directive(unit);
        chainAll();
    }

    @Test
    void an_untouched_store_verifies_clean() {
        JsonNode report = verification();

        assertThat(report.path("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("chainedUpTo").asLong()).isGreaterThanOrEqualTo(position);
        assertThat(report.path("eventsVerified").asLong()).isGreaterThan(0);
    }

    @Test
    void an_edited_payload_is_named_by_its_position() {
        byte[] original = jdbc.queryForObject("SELECT payload FROM events.domain_event_entry WHERE global_index = ?",
                byte[].class, position);
        asOwner("UPDATE events.domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " 'Khối', 'Khoi'), 'UTF8') WHERE global_index = ?", position);
        try {
            assertBrokenAt(position, "event-altered");
        } finally {
            asOwner("UPDATE events.domain_event_entry SET payload = ? WHERE global_index = ?", original, position);
        }
        assertThat(verification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void a_deleted_row_is_named_by_its_position() {
        // one session throughout: the deleted row waits in a temporary table to be put back
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE IF NOT EXISTS deleted_event AS "
                        + "SELECT * FROM events.domain_event_entry LIMIT 0");
                statement.execute("INSERT INTO deleted_event SELECT * FROM events.domain_event_entry "
                        + "WHERE global_index = " + position);
            }
            EventStoreOwner.rewrite(connection, "DELETE FROM events.domain_event_entry WHERE global_index = ?", position);
            try {
                assertBrokenAt(position, "event-deleted");
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("INSERT INTO events.domain_event_entry OVERRIDING SYSTEM VALUE "
                            + "SELECT * FROM deleted_event WHERE global_index = " + position);
                }
            }
            return null;
        });
        assertThat(verification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void a_forged_row_in_a_position_left_empty_is_named_by_its_position() {
        long empty = jdbc.queryForObject(
                "SELECT nextval(pg_get_serial_sequence('events.domain_event_entry', 'global_index'))", Long.class);
        api.unit("Đảng ủy Quân sự tỉnh", "OTHER");
        chainAll();
        assertThat(jdbc.queryForObject("SELECT event_present FROM events.event_chain WHERE global_index = ?",
                Boolean.class, empty)).isFalse();

        jdbc.update("INSERT INTO events.domain_event_entry "
                + "(global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                + " payload_type, payload_revision, payload, meta_data) OVERRIDING SYSTEM VALUE "
                + "SELECT ?, gen_random_uuid()::text, aggregate_identifier, sequence_number + 1000, type, time_stamp,"
                + " payload_type, payload_revision, payload, meta_data FROM events.domain_event_entry"
                + " WHERE global_index = ?", empty, position);
        try {
            assertBrokenAt(empty, "event-inserted");
        } finally {
            asOwner("DELETE FROM events.domain_event_entry WHERE global_index = ?", empty);
        }
        assertThat(verification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void an_anchor_kept_outside_must_match() {
        String link = jdbc.queryForObject("SELECT encode(link, 'hex') FROM events.event_chain WHERE global_index = ?",
                String.class, position);
        String forged = (link.charAt(0) == '0' ? "1" : "0") + link.substring(1);

        assertThat(verification("?anchorPosition=" + position + "&anchorLink=" + link).path("intact").asBoolean())
                .isTrue();
        JsonNode report = verification("?anchorPosition=" + position + "&anchorLink=" + forged);
        assertThat(report.path("firstBroken").path("position").asLong()).isEqualTo(position);
        assertThat(report.path("firstBroken").path("problem").asString()).isEqualTo("anchor-mismatch");
    }

    @Test
    void an_anchor_kept_outside_beyond_the_end_of_the_chain_means_the_chain_was_truncated() {
        long head = jdbc.queryForObject("SELECT max(global_index) FROM events.event_chain", Long.class);
        String someLink = "ab".repeat(32);

        JsonNode report = verification("?anchorPosition=" + (head + 1_000) + "&anchorLink=" + someLink);

        assertThat(report.path("intact").asBoolean()).as(report.toString()).isFalse();
        assertThat(report.path("firstBroken").path("position").asLong()).isEqualTo(head + 1_000);
        assertThat(report.path("firstBroken").path("problem").asString()).isEqualTo("chain-truncated");
        assertThat(report.path("anchorsChecked").asInt()).isGreaterThan(0);
    }

    @Test
    void anchors_are_recorded_and_exported() {
        JsonNode anchors = get("/api/audit/chain/anchors");

        assertThat(anchors.size()).isGreaterThan(0);
        JsonNode last = anchors.get(anchors.size() - 1);
        assertThat(last.path("link").asString()).matches("[0-9a-f]{64}");
        assertThat(jdbc.queryForObject("SELECT encode(link, 'hex') FROM events.event_chain WHERE global_index = ?",
                String.class, last.path("position").asLong())).isEqualTo(last.path("link").asString());
    }

    @Test
    void a_position_held_by_a_transaction_still_open_past_the_hole_timeout_is_waited_for_and_chained_when_it_commits()
            throws Exception {
        long held;
        try (Connection outside = dataSource.getConnection()) {
            // a writer outside the service: its event is the first write of a transaction it keeps open
            outside.setAutoCommit(false);
            try (PreparedStatement insert = outside.prepareStatement("INSERT INTO events.domain_event_entry "
                    + "(event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                    + " payload_revision, payload, meta_data) SELECT gen_random_uuid()::text, aggregate_identifier,"
                    + " sequence_number + 2000, type, time_stamp, payload_type, payload_revision, payload, meta_data"
                    + " FROM events.domain_event_entry WHERE global_index = ? RETURNING global_index")) {
                insert.setLong(1, position);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    held = row.getLong(1);
                }
            }
            api.unit("Đảng ủy Công an tỉnh", "OTHER");
            // hours past the hole timeout, the transaction still open: the chain stops before its position
            for (int hours = 1; hours <= 3; hours++) {
                chainer.advance(Instant.now().plus(hours, ChronoUnit.HOURS));
            }
            assertThat(jdbc.queryForObject("SELECT count(*) FROM events.event_chain WHERE global_index >= ?",
                    Integer.class, held)).isZero();
            outside.commit();
        }

        chainAll();

        assertThat(jdbc.queryForObject("SELECT event_present FROM events.event_chain WHERE global_index = ?",
                Boolean.class, held)).isTrue();
        assertThat(verification().path("intact").asBoolean()).isTrue();
    }

    /** Chains now (the chainer notes any gap), then an hour later (gaps are settled as empty positions). */
    private void chainAll() {
        // Each call notes the holes it meets (indexes of rolled-back transactions) and the next,
        // an hour later, passes them once the row after each is settled (no older transaction left
        // open: another test's may still be running for a moment), so the calls are repeated.
        long head = jdbc.queryForObject("SELECT max(global_index) FROM events.domain_event_entry", Long.class);
        long[] reached = {chainer.advance(Instant.now())};
        int[] hours = {0};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            reached[0] = Math.max(reached[0], chainer.advance(Instant.now().plus(++hours[0], ChronoUnit.HOURS)));
            return reached[0] >= head;
        });
        assertThat(reached[0]).isGreaterThanOrEqualTo(Math.max(head, position));
    }

    private void assertBrokenAt(long at, String problem) {
        JsonNode report = verification();
        assertThat(report.path("intact").asBoolean()).as(report.toString()).isFalse();
        assertThat(report.path("firstBroken").path("position").asLong()).as(report.toString()).isEqualTo(at);
        assertThat(report.path("firstBroken").path("problem").asString()).isEqualTo(problem);
    }

    private JsonNode verification() {
        return verification("");
    }

    private JsonNode verification(String query) {
        return get("/api/audit/chain/verification" + query);
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", TestAccounts.basic("inspector-chain", "INSPECTOR", null)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return Api.JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    /** Tampering needs the table's owner: the application's role may only append (V900). */
    private void asOwner(String sql, Object... args) {
        jdbc.execute((ConnectionCallback<Integer>) connection -> EventStoreOwner.rewrite(connection, sql, args));
    }
}
