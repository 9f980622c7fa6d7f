package vn.directives.query.unit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.directives.events.unit.UnitDissolved;
import vn.directives.events.unit.UnitKind;
import vn.directives.events.unit.UnitMerged;
import vn.directives.events.unit.UnitRegistered;
import vn.directives.events.unit.UnitRenamed;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.ProjectionDriver;
import vn.directives.query.ProjectionTest;
import vn.directives.query.QuerySideClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Units as they were at a date, driven through the real projection (its processor's handler
 * invoker, in a transaction) and read over HTTP from the real database.
 */
@ProjectionTest
class UnitsInTimeTest {

    private static final String[] TABLES = {"query.unit", "query.unit_name", "query.unit_successor"};

    private static final String SONG_CONG = "unit-song-cong";
    private static final String THANG_LOI = "unit-thang-loi";
    private static final String BACH_QUANG = "unit-bach-quang";

    @Autowired
    private ApplicationContext context;

    private ProjectionDriver units;
    private QuerySideClient client;

    @BeforeAll
    static void eventStoreExists() {
        CommandSideMigrations.apply();
    }

    @BeforeEach
    void startClean() {
        units = ProjectionDriver.of(context, UnitHistoryProjection.GROUP);
        units.reset();
        client = new QuerySideClient(context.getEnvironment());
    }

    @Test
    void song_cong_bears_its_city_name_in_2023_and_stays_named_after_its_dissolution() {
        units.apply(songCongHistory());

        JsonNode in2023 = client.json("/api/units/" + SONG_CONG + "?at=2023-06-30");
        assertThat(in2023.get("name").asString()).isEqualTo("Thành ủy Sông Công");
        assertThat(in2023.get("active").asBoolean()).isTrue();
        assertThat(in2023.get("status").get("code").asString()).isEqualTo("ACTIVE");
        assertThat(in2023.get("status").get("label").asString()).isEqualTo("Đang hoạt động");
        assertThat(in2023.get("endedOn").isNull()).as("a dissolution still to come").isTrue();

        JsonNode afterDissolution = client.json("/api/units/" + SONG_CONG + "?at=2025-08-01");
        assertThat(afterDissolution.get("active").asBoolean()).isFalse();
        assertThat(afterDissolution.get("status").get("code").asString()).isEqualTo("DISSOLVED");
        assertThat(afterDissolution.get("name").asString()).isEqualTo("Thành ủy Sông Công");
        assertThat(afterDissolution.get("endedOn").asString()).isEqualTo("2025-07-01");
        assertThat(afterDissolution.get("dissolutionReason").asString()).contains("294-QĐ/TW");
        assertThat(afterDissolution.get("successors")).as("dissolved without naming successors").isEmpty();
        assertThat(names(afterDissolution)).containsExactly(
                "Thị ủy Sông Công 2010-01-01..2015-07-01",
                "Thành ủy Sông Công 2015-07-01..2025-07-01");
    }

    @Test
    void a_district_committee_dissolved_into_ward_committees_names_them_as_they_were_named_that_day() {
        String phuBinh = "unit-huyen-uy-phu-binh";
        LocalDate reform = LocalDate.of(2025, 7, 1);
        List<DomainEventMessage<?>> history = new ArrayList<>(wardMerger());
        history.add(units.event(phuBinh, new UnitRegistered(phuBinh, "Huyện ủy Phú Bình",
                UnitKind.DISTRICT_PARTY_COMMITTEE, null, LocalDate.of(2010, 1, 1), "ban-to-chuc-01"),
                Instant.parse("2024-02-01T02:20:00Z")));
        history.add(units.event("unit-phuong-cai-dan", new UnitRegistered("unit-phuong-cai-dan",
                "Đảng ủy phường Cải Đan", UnitKind.WARD, null, reform, "ban-to-chuc-01"),
                Instant.parse("2025-07-01T01:30:00Z")));
        history.add(units.event(phuBinh, new UnitDissolved(phuBinh, "Sắp xếp tổ chức bộ máy",
                List.of(BACH_QUANG, "unit-phuong-cai-dan"), reform, "ban-to-chuc-01"),
                Instant.parse("2025-07-01T02:00:00Z")));
        history.add(units.event(BACH_QUANG, new UnitRenamed(BACH_QUANG, "Đảng ủy phường Bách Quang",
                "Đảng ủy phường Bách Quang mới", LocalDate.of(2025, 9, 1), "ban-to-chuc-01"),
                Instant.parse("2025-09-01T02:00:00Z")));
        units.apply(history);

        JsonNode dissolved = client.json("/api/units/" + phuBinh + "?at=2025-10-01");
        assertThat(dissolved.get("status").get("code").asString()).isEqualTo("DISSOLVED");
        assertThat(dissolved.get("successors").findValues("name")).extracting(JsonNode::asString)
                .as("in the order named, as named on the day (Bách Quang was renamed later)")
                .containsExactly("Đảng ủy phường Bách Quang", "Đảng ủy phường Cải Đan");
        assertThat(client.json("/api/units/" + phuBinh + "?at=2025-06-30").get("successors"))
                .as("a dissolution still to come").isEmpty();
    }

    @Test
    void a_unit_bears_each_name_from_the_day_it_was_given() {
        units.apply(songCongHistory());

        assertThat(client.json("/api/units/" + SONG_CONG + "?at=2015-06-30").get("name").asString())
                .isEqualTo("Thị ủy Sông Công");
        assertThat(client.json("/api/units/" + SONG_CONG + "?at=2015-07-01").get("name").asString())
                .isEqualTo("Thành ủy Sông Công");
        JsonNode dissolutionDay = client.json("/api/units/" + SONG_CONG + "?at=2025-07-01");
        assertThat(dissolutionDay.get("active").asBoolean()).isFalse();
        JsonNode beforeRegistration = client.json("/api/units/" + SONG_CONG + "?at=2009-12-31");
        assertThat(beforeRegistration.get("status").get("code").asString()).isEqualTo("NOT_YET_REGISTERED");
        assertThat(beforeRegistration.get("name").isNull()).isTrue();
        assertThat(beforeRegistration.get("active").asBoolean()).isFalse();
    }

    @Test
    void a_merged_ward_names_the_unit_it_was_merged_into_and_that_unit_names_it_back() {
        List<DomainEventMessage<?>> history = new ArrayList<>(songCongHistory());
        history.addAll(wardMerger());
        units.apply(history);

        JsonNode before = client.json("/api/units/" + THANG_LOI + "?at=2025-06-30");
        assertThat(before.get("active").asBoolean()).isTrue();
        assertThat(before.get("parent").get("name").asString()).isEqualTo("Thành ủy Sông Công");
        assertThat(before.get("mergedInto").isNull()).isTrue();

        JsonNode after = client.json("/api/units/" + THANG_LOI + "?at=2025-07-01");
        assertThat(after.get("status").get("code").asString()).isEqualTo("MERGED");
        assertThat(after.get("name").asString()).isEqualTo("Đảng ủy phường Thắng Lợi");
        assertThat(after.get("mergedInto").get("id").asString()).isEqualTo(BACH_QUANG);
        assertThat(after.get("mergedInto").get("name").asString()).isEqualTo("Đảng ủy phường Bách Quang");
        assertThat(after.get("mergedInto").get("on").asString()).isEqualTo("2025-07-01");

        JsonNode newWard = client.json("/api/units/" + BACH_QUANG + "?at=2025-07-01");
        assertThat(newWard.get("mergedFrom")).hasSize(1);
        assertThat(newWard.get("mergedFrom").get(0).get("id").asString()).isEqualTo(THANG_LOI);
        assertThat(newWard.get("mergedFrom").get(0).get("name").asString()).isEqualTo("Đảng ủy phường Thắng Lợi");
        assertThat(client.json("/api/units/" + BACH_QUANG + "?at=2025-07-01").get("kind").get("label").asString())
                .isEqualTo("Đảng ủy phường");
    }

    @Test
    void the_list_at_a_date_shows_the_units_registered_by_then_with_the_names_they_bore() {
        List<DomainEventMessage<?>> history = new ArrayList<>(songCongHistory());
        history.addAll(wardMerger());
        units.apply(history);

        assertThat(listed("/api/units?at=2023-06-30")).containsExactlyInAnyOrder(
                "unit-song-cong Thành ủy Sông Công ACTIVE",
                "unit-thang-loi Đảng ủy phường Thắng Lợi ACTIVE");
        assertThat(listed("/api/units?at=2025-08-01")).containsExactlyInAnyOrder(
                "unit-bach-quang Đảng ủy phường Bách Quang ACTIVE",
                "unit-song-cong Thành ủy Sông Công DISSOLVED",
                "unit-thang-loi Đảng ủy phường Thắng Lợi MERGED");
        assertThat(listed("/api/units?at=2025-08-01&active=true")).containsExactly(
                "unit-bach-quang Đảng ủy phường Bách Quang ACTIVE");
        assertThat(listed("/api/units?at=2025-08-01&active=false&kind=CITY_PARTY_COMMITTEE")).isEmpty();
        assertThat(listed("/api/units?at=2025-08-01&active=false&kind=DISTRICT_PARTY_COMMITTEE")).containsExactly(
                "unit-song-cong Thành ủy Sông Công DISSOLVED");
    }

    @Test
    void each_event_applied_twice_leaves_the_same_rows_as_once() {
        List<DomainEventMessage<?>> history = new ArrayList<>(songCongHistory());
        history.addAll(wardMerger());
        units.apply(history);
        Map<String, List<String>> once = units.rows(TABLES);

        units.reset();
        units.applyEachTwice(history);
        assertThat(units.rows(TABLES)).isEqualTo(once);

        units.apply(history);
        assertThat(units.rows(TABLES)).isEqualTo(once);
        assertThat(once.get("query.unit_name")).hasSize(4);
    }

    @Test
    void reset_empties_the_tables_and_a_replay_rebuilds_the_same_rows() {
        List<DomainEventMessage<?>> history = songCongHistory();
        units.apply(history);
        Map<String, List<String>> built = units.rows(TABLES);

        units.reset();
        assertThat(units.rows(TABLES).values()).allSatisfy(rows -> assertThat(rows).isEmpty());

        units.apply(history);
        assertThat(units.rows(TABLES)).isEqualTo(built);
    }

    @Test
    void an_unknown_unit_is_not_found_and_a_malformed_date_is_refused() {
        assertThat(client.get("/api/units/no-such-unit?at=2024-01-01").statusCode()).isEqualTo(404);
        assertThat(client.get("/api/units?at=2024-13-01").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/units?kind=PROVINCE").statusCode()).isEqualTo(400);
    }

    /** Thị ủy Sông Công from 2010, Thành ủy from 1/7/2015, dissolved with the district level on 1/7/2025. */
    private List<DomainEventMessage<?>> songCongHistory() {
        return List.of(
                units.event(SONG_CONG, new UnitRegistered(SONG_CONG, "Thị ủy Sông Công",
                        UnitKind.DISTRICT_PARTY_COMMITTEE, null, LocalDate.of(2010, 1, 1), "ban-to-chuc-01"),
                        Instant.parse("2024-02-01T02:00:00Z")),
                units.event(SONG_CONG, new UnitRenamed(SONG_CONG, "Thị ủy Sông Công", "Thành ủy Sông Công",
                        LocalDate.of(2015, 7, 1), "ban-to-chuc-01"), Instant.parse("2024-02-01T02:05:00Z")),
                units.event(SONG_CONG, new UnitDissolved(SONG_CONG,
                        "Kết thúc hoạt động của đảng bộ cấp huyện theo Quy định số 294-QĐ/TW",
                        LocalDate.of(2025, 7, 1), "ban-to-chuc-01"), Instant.parse("2025-07-02T01:00:00Z")));
    }

    /** A ward under Sông Công from 2016, merged on 1/7/2025 into a new ward directly under the province. */
    private List<DomainEventMessage<?>> wardMerger() {
        return List.of(
                units.event(THANG_LOI, new UnitRegistered(THANG_LOI, "Đảng ủy phường Thắng Lợi", UnitKind.WARD,
                        SONG_CONG, LocalDate.of(2016, 1, 1), "ban-to-chuc-01"), Instant.parse("2024-02-01T02:10:00Z")),
                units.event(BACH_QUANG, new UnitRegistered(BACH_QUANG, "Đảng ủy phường Bách Quang", UnitKind.WARD,
                        null, LocalDate.of(2025, 7, 1), "ban-to-chuc-01"), Instant.parse("2025-07-01T01:00:00Z")),
                units.event(THANG_LOI, new UnitMerged(THANG_LOI, BACH_QUANG, LocalDate.of(2025, 7, 1),
                        "ban-to-chuc-01"), Instant.parse("2025-07-01T01:05:00Z")));
    }

    private static List<String> names(JsonNode unit) {
        return StreamSupport.stream(unit.get("names").spliterator(), false)
                .map(name -> name.get("name").asString() + " " + name.get("validFrom").asString() + ".."
                        + (name.get("validUntil").isNull() ? "" : name.get("validUntil").asString()))
                .toList();
    }

    private List<String> listed(String pathAndQuery) {
        return StreamSupport.stream(client.json(pathAndQuery).spliterator(), false)
                .map(unit -> unit.get("id").asString() + " " + unit.get("name").asString() + " "
                        + unit.get("status").get("code").asString())
                .toList();
    }
}
