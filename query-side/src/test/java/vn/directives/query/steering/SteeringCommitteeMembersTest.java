package vn.directives.query.steering;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.directives.events.steering.MemberContact;
import vn.directives.events.steering.Responsibilities;
import vn.directives.events.steering.SteeringMemberAppointed;
import vn.directives.events.steering.SteeringMemberRelieved;
import vn.directives.events.steering.SteeringMemberResponsibilitiesChanged;
import vn.directives.events.unit.UnitKind;
import vn.directives.events.unit.UnitRegistered;
import vn.directives.events.unit.UnitRenamed;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.ProjectionDriver;
import vn.directives.query.ProjectionTest;
import vn.directives.query.QuerySideClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Steering Committee's members at a date, driven through the real projection (its processor's
 * handler invoker, in a transaction) and read over HTTP from the real database.
 */
@ProjectionTest
@ExtendWith(OutputCaptureExtension.class)
class SteeringCommitteeMembersTest {

    private static final String[] TABLES = {"query.steering_member", "query.steering_member_responsibilities"};

    private static final String DEPUTY = "pho-ban-to-chuc-01";
    private static final String LABOUR = "chu-tich-ldld-01";
    private static final String SONG_CONG = "unit-song-cong";
    private static final String KCN = "unit-dang-uy-kcn-steering";
    private static final String DEPUTY_NAME = "Đồng chí Phó Trưởng ban Tổ chức";
    private static final String DEPUTY_EMAIL = "pho.truong.ban@tochuc.example.vn";

    @Autowired
    private ApplicationContext context;

    private ProjectionDriver members;
    private ProjectionDriver units;
    private QuerySideClient client;

    @BeforeAll
    static void eventStoreExists() {
        CommandSideMigrations.apply();
    }

    @BeforeEach
    void startClean() {
        members = ProjectionDriver.of(context, SteeringCommitteeProjection.GROUP);
        members.reset();
        units = ProjectionDriver.of(context, "units-in-time");
        units.reset();
        client = new QuerySideClient(context.getEnvironment());
        units.apply(List.of(
                units.event(SONG_CONG, new UnitRegistered(SONG_CONG, "Thị ủy Sông Công",
                        UnitKind.DISTRICT_PARTY_COMMITTEE, null, LocalDate.of(2010, 1, 1), "ban-to-chuc-01"),
                        Instant.parse("2023-01-02T01:00:00Z")),
                units.event(SONG_CONG, new UnitRenamed(SONG_CONG, "Thị ủy Sông Công", "Thành ủy Sông Công",
                        LocalDate.of(2015, 7, 1), "ban-to-chuc-01"), Instant.parse("2023-01-02T01:01:00Z")),
                units.event(KCN, new UnitRegistered(KCN, "Đảng ủy các Khu công nghiệp",
                        UnitKind.INDUSTRIAL_ZONES_PARTY_COMMITTEE, null, LocalDate.of(2005, 1, 1), "ban-to-chuc-01"),
                        Instant.parse("2023-01-02T01:02:00Z"))));
    }

    @Test
    void a_member_answers_for_what_they_were_given_at_the_date_and_serves_until_relieved() {
        members.apply(committeeHistory());

        JsonNode in2023 = member(client.json("/api/steering-committee/members?at=2023-06-30"), DEPUTY);
        assertThat(in2023.get("displayName").asString()).isEqualTo(DEPUTY_NAME);
        assertThat(in2023.get("email").asString()).isEqualTo(DEPUTY_EMAIL);
        assertThat(in2023.get("post").asString()).isEqualTo("Phó Trưởng ban Tổ chức Tỉnh ủy, Phó Trưởng ban Chỉ đạo");
        assertThat(in2023.get("appointedOn").asString()).isEqualTo("2023-01-05");
        assertThat(in2023.get("relievedOn").isNull()).isTrue();
        assertThat(in2023.get("active").asBoolean()).isTrue();
        JsonNode responsibilities = in2023.get("responsibilities");
        assertThat(responsibilities.get("units").get(0).get("id").asString()).isEqualTo(SONG_CONG);
        assertThat(responsibilities.get("units").get(0).get("name").asString()).isEqualTo("Thành ủy Sông Công");
        assertThat(responsibilities.get("areas").get(0).asString()).isEqualTo("Doanh nghiệp ngoài nhà nước tại TP Sông Công");
        assertThat(responsibilities.get("since").asString()).isEqualTo("2023-01-05");

        JsonNode in2024 = member(client.json("/api/steering-committee/members?at=2024-06-30"), DEPUTY);
        assertThat(in2024.get("responsibilities").get("units").get(0).get("name").asString())
                .isEqualTo("Đảng ủy các Khu công nghiệp");
        assertThat(in2024.get("responsibilities").get("areas").get(0).asString()).isEqualTo("KCN Yên Bình");
        assertThat(in2024.get("responsibilities").get("since").asString()).isEqualTo("2024-03-01");

        JsonNode relieved = member(client.json("/api/steering-committee/members?at=2025-03-01"), DEPUTY);
        assertThat(relieved.get("active").asBoolean()).isFalse();
        assertThat(relieved.get("relievedOn").asString()).isEqualTo("2025-03-01");
        assertThat(relieved.get("responsibilities").get("areas").get(0).asString())
                .as("the responsibilities last held").isEqualTo("KCN Yên Bình");
    }

    @Test
    void the_list_at_a_date_holds_the_members_appointed_by_then_and_filters_by_serving_and_unit() {
        members.apply(committeeHistory());

        assertThat(ids("/api/steering-committee/members?at=2023-01-04")).isEmpty();
        assertThat(ids("/api/steering-committee/members?at=2023-06-30")).containsExactly(DEPUTY);
        assertThat(ids("/api/steering-committee/members?at=2025-06-30")).containsExactly(DEPUTY, LABOUR);
        assertThat(ids("/api/steering-committee/members?at=2025-06-30&active=true")).containsExactly(LABOUR);
        assertThat(ids("/api/steering-committee/members?at=2025-06-30&active=false")).containsExactly(DEPUTY);
        assertThat(ids("/api/steering-committee/members?at=2023-06-30&unitId=" + SONG_CONG)).containsExactly(DEPUTY);
        assertThat(ids("/api/steering-committee/members?at=2024-06-30&unitId=" + SONG_CONG)).isEmpty();
        assertThat(ids("/api/steering-committee/members?at=2025-06-30&unitId=" + KCN))
                .containsExactly(DEPUTY, LABOUR);
        assertThat(client.get("/api/steering-committee/members?at=30/06/2025").statusCode()).isEqualTo(400);
    }

    @Test
    void each_event_applied_twice_leaves_the_same_rows_as_once() {
        List<DomainEventMessage<?>> history = committeeHistory();
        members.apply(history);
        Map<String, List<String>> once = members.rows(TABLES);

        members.reset();
        members.applyEachTwice(history);
        assertThat(members.rows(TABLES)).isEqualTo(once);

        members.apply(history);
        assertThat(members.rows(TABLES)).isEqualTo(once);
        assertThat(once.get("query.steering_member_responsibilities")).hasSize(3);
    }

    @Test
    void reset_empties_the_tables_and_a_replay_rebuilds_the_same_rows() {
        List<DomainEventMessage<?>> history = committeeHistory();
        members.apply(history);
        Map<String, List<String>> built = members.rows(TABLES);

        members.reset();
        assertThat(members.rows(TABLES).values()).allSatisfy(rows -> assertThat(rows).isEmpty());

        members.apply(history);
        assertThat(members.rows(TABLES)).isEqualTo(built);
    }

    @Test
    void contact_data_is_served_but_never_written_to_the_log(CapturedOutput output) {
        LoggerFactory.getLogger(SteeringCommitteeProjection.class).warn("log capture works");
        members.apply(committeeHistory());
        assertThat(client.json("/api/steering-committee/members?at=2024-06-30").toString()).contains(DEPUTY_EMAIL);
        assertThat(client.get("/api/steering-committee/members?at=not-a-date").statusCode()).isEqualTo(400);

        assertThat(output.getAll()).contains("log capture works")
                .doesNotContain(DEPUTY_EMAIL).doesNotContain(DEPUTY_NAME);
    }

    /**
     * The deputy head of the Organization Committee from 5/1/2023, given Sông Công, then from
     * 1/3/2024 the industrial zones; relieved on 1/3/2025. The chair of the Labour Federation from 2025.
     */
    private List<DomainEventMessage<?>> committeeHistory() {
        return List.of(
                members.event(DEPUTY, new SteeringMemberAppointed(DEPUTY, new MemberContact(DEPUTY_NAME, DEPUTY_EMAIL),
                        "Phó Trưởng ban Tổ chức Tỉnh ủy, Phó Trưởng ban Chỉ đạo",
                        new Responsibilities(List.of(SONG_CONG), List.of("Doanh nghiệp ngoài nhà nước tại TP Sông Công")),
                        LocalDate.of(2023, 1, 5), "ban-to-chuc-01"), Instant.parse("2023-01-05T03:00:00Z")),
                members.event(DEPUTY, new SteeringMemberResponsibilitiesChanged(DEPUTY,
                        new Responsibilities(List.of(KCN), List.of("KCN Yên Bình")), LocalDate.of(2024, 3, 1),
                        "ban-to-chuc-01"), Instant.parse("2024-03-04T03:00:00Z")),
                members.event(LABOUR, new SteeringMemberAppointed(LABOUR,
                        new MemberContact("Đồng chí Chủ tịch Liên đoàn Lao động tỉnh", "chu.tich@ldld.example.vn"),
                        "Chủ tịch Liên đoàn Lao động tỉnh, thành viên Ban Chỉ đạo",
                        new Responsibilities(List.of(KCN), List.of()), LocalDate.of(2025, 1, 10), "ban-to-chuc-01"),
                        Instant.parse("2025-01-10T03:00:00Z")),
                members.event(DEPUTY, new SteeringMemberRelieved(DEPUTY, "Nghỉ hưu theo chế độ",
                        LocalDate.of(2025, 3, 1), "ban-to-chuc-01"), Instant.parse("2025-03-03T03:00:00Z")));
    }

    private static JsonNode member(JsonNode list, String memberId) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(member -> member.get("memberId").asString().equals(memberId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no member " + memberId + " in " + list));
    }

    private List<String> ids(String pathAndQuery) {
        return StreamSupport.stream(client.json(pathAndQuery).spliterator(), false)
                .map(member -> member.get("memberId").asString())
                .toList();
    }
}
