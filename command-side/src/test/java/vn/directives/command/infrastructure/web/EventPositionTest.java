package vn.directives.command.infrastructure.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directives.command.infrastructure.CommandSideTest;
import vn.directives.command.support.Api;
import vn.directives.command.support.Api.Answer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command answers where its last event landed in the event store (body {@code position},
 * header {@code X-Event-Position}), so that a client can read its own write on the query side.
 */
@CommandSideTest
class EventPositionTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void a_command_answers_the_global_index_of_the_event_it_stored() {
        Answer registered = api.post("/api/units", Map.of("name", "Tỉnh đoàn",
                "kind", "YOUTH_UNION", "effectiveOn", "2015-01-01"));

        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        long position = registered.body().path("position").asLong();
        assertThat(position).isEqualTo(globalIndex(registered.id(), 0));
        assertThat(registered.header(Versions.POSITION_HEADER)).isEqualTo(Long.toString(position));
    }

    @Test
    void completing_a_cell_establishment_answers_the_position_of_the_party_organization_stored_with_it() {
        String unit = api.unit("Đảng ủy các Khu công nghiệp tỉnh", "INDUSTRIAL_ZONES_PARTY_COMMITTEE");
        String member = api.member(unit);
        String directive = api.directive(unit);
        String id = api.post("/api/cell-establishments", Map.of("task", header(directive, unit, member),
                "enterpriseTaxCode", String.valueOf(ThreadLocalRandom.current().nextLong(4_600_000_000L, 4_699_999_999L)),
                "enterpriseName", "Công ty TNHH Điện tử Minh Phát", "openedOn", TODAY.minusDays(20).toString())).id();
        String path = "/api/cell-establishments/" + id;
        String etag = step(path + "/owner-engagements", "\"0\"", Map.of("attitude", "SUPPORTIVE")).etag();
        etag = step(path + "/member-pool", etag, Map.of("officialMembers", 4, "probationaryMembers", 1,
                "officialMembersEmployed12Months", 3, "memberRefs", List.of("m-1", "m-2", "m-3", "m-4", "m-5"))).etag();
        etag = step(path + "/proposal", etag, Map.of("superiorCommittee", "Đảng ủy các KCN tỉnh",
                "proposedOn", TODAY.toString())).etag();
        etag = step(path + "/establishment-decision", etag, Map.of("decisionNumber", "125-QĐ/ĐU",
                "decidedOn", TODAY.toString(), "issuingCommittee", "Ban Thường vụ Đảng ủy các KCN",
                "organizationName", "Chi bộ Công ty TNHH Điện tử Minh Phát",
                "cellCommittee", List.of(Map.of("memberRef", "m-1", "post", "SECRETARY")))).etag();
        etag = step(path + "/announcement", etag, Map.of("announcedOn", TODAY.toString(),
                "place", "Hội trường Công ty Minh Phát")).etag();

        Answer completed = step(path + "/completion", etag, Map.of("kind", "GRASSROOTS_CELL",
                "superiorCommitteeUnitId", unit));

        long taskEvent = globalIndex(id, completed.body().path("version").asLong());
        String organization = completed.header("Link").replaceAll(".*/party-organizations/([^>]+)>.*", "$1");
        long organizationEvent = jdbc.queryForObject("""
                SELECT max(global_index) FROM events.domain_event_entry WHERE aggregate_identifier = ?""",
                Long.class, organization);
        assertThat(organizationEvent).isGreaterThan(taskEvent);
        assertThat(completed.body().path("position").asLong()).isEqualTo(organizationEvent);
        assertThat(completed.header(Versions.POSITION_HEADER)).isEqualTo(Long.toString(organizationEvent));
    }

    @Test
    void a_replayed_idempotency_key_answers_the_same_position() {
        Map<String, Object> unit = Map.of("name", "Liên đoàn Lao động tỉnh", "kind", "LABOUR_FEDERATION",
                "effectiveOn", "2015-01-01");
        String key = "position-" + UUID.randomUUID();

        Answer first = api.post("/api/units", unit, "Idempotency-Key", key);
        Answer replayed = api.post("/api/units", unit, "Idempotency-Key", key);

        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.body().path("position").asLong()).isEqualTo(first.body().path("position").asLong());
        assertThat(replayed.header(Versions.POSITION_HEADER)).isEqualTo(first.header(Versions.POSITION_HEADER))
                .isNotNull();
    }

    private Answer step(String path, String etag, Map<String, ?> body) {
        Answer answer = api.post(path, body, "If-Match", etag);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer;
    }

    private long globalIndex(String aggregateId, long sequenceNumber) {
        return jdbc.queryForObject("""
                SELECT global_index FROM events.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?""",
                Long.class, aggregateId, sequenceNumber);
    }

    private static Map<String, Object> header(String directive, String unit, String member) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("directiveId", directive);
        header.put("pointNumber", 2);
        header.put("title", "Thành lập chi bộ Công ty Minh Phát");
        header.put("leadUnitId", unit);
        header.put("coordinatingUnitIds", List.of());
        header.put("assigneeId", member);
        header.put("dueDate", TODAY.plusMonths(3).toString());
        return header;
    }
}
