package vn.directives.command.unit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.directives.command.CommandSideApplication;
import vn.directives.command.common.CommandContext;
import vn.directives.platform.security.Role;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.UnitDirectory;
import vn.directives.command.common.UnitHierarchy;
import vn.directives.events.unit.UnitKind;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import vn.directives.command.support.TestAccounts;

/**
 * The unit lookup on the real database, fed by real commands. Every test uses fresh random
 * ids, so tests sharing a database never see each other's units.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CommandSideApplication.CONFIG_NAME)
class UnitLookupTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Autowired
    private CommandGateway commands;
    @Autowired
    private UnitDirectory units;
    @Autowired
    private UnitHierarchy hierarchy;
    @Autowired
    private JdbcClient jdbc;
    @LocalServerPort
    private int port;

    private static CommandContext organizationCommittee() {
        return new CommandContext("ban-to-chuc", Set.of(Role.ORGANIZATION_COMMITTEE), null, TODAY);
    }

    private String register(String name, UnitKind kind, LocalDate from) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterUnit(id, name, kind, null, from, organizationCommittee()));
        return id;
    }

    @Test
    void a_unit_is_below_the_units_it_is_registered_under_and_the_levels_above_its_kind() {
        LocalDate from = LocalDate.of(2016, 1, 1);
        String province = register("Ban Tổ chức Tỉnh ủy", UnitKind.ORGANIZATION_COMMITTEE, from);
        String zones = register("Đảng ủy các KCN", UnitKind.INDUSTRIAL_ZONES_PARTY_COMMITTEE, from);
        String city = register("Thành ủy Sông Công", UnitKind.CITY_PARTY_COMMITTEE, from);
        String ward = register("Đảng ủy phường Bách Quang", UnitKind.WARD, from);
        String cell = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterUnit(cell, "Chi bộ Công ty TNHH Yên Bình", UnitKind.OTHER, zones, from,
                organizationCommittee()));

        assertThat(hierarchy.isBelow(zones, province)).as("Đảng ủy các KCN below the province").isTrue();
        assertThat(hierarchy.isBelow(ward, city)).as("a ward below a city committee").isTrue();
        assertThat(hierarchy.isBelow(cell, zones)).as("registered under it").isTrue();
        assertThat(hierarchy.isBelow(province, zones)).as("upwards").isFalse();
        assertThat(hierarchy.isBelow(ward, zones)).as("a ward is not under the industrial zones").isFalse();
        assertThat(hierarchy.isBelow(zones, zones)).as("itself").isFalse();
    }

    @Test
    void a_unit_is_active_from_its_registration_until_the_day_it_is_dissolved() {
        String id = register("Thành ủy Sông Công", UnitKind.CITY_PARTY_COMMITTEE, LocalDate.of(2015, 1, 1));
        commands.sendAndWait(new DissolveUnit(id, null, "Kết thúc hoạt động cấp huyện", null, REFORM,
                organizationCommittee()));

        assertThat(units.isActive(id, LocalDate.of(2014, 12, 31))).isFalse();
        assertThat(units.isActive(id, LocalDate.of(2015, 1, 1))).isTrue();
        assertThat(units.isActive(id, LocalDate.of(2023, 6, 15))).isTrue();
        assertThat(units.isActive(id, REFORM.minusDays(1))).isTrue();
        assertThat(units.isActive(id, REFORM)).isFalse();
    }

    @Test
    void a_merged_unit_ends_on_the_day_of_the_merger_and_the_unit_it_joined_goes_on() {
        String ward = register("Đảng ủy phường Bách Quang", UnitKind.WARD, LocalDate.of(2016, 1, 1));
        String merged = register("Đảng ủy phường Thắng Lợi", UnitKind.WARD, LocalDate.of(2016, 1, 1));
        commands.sendAndWait(new MergeUnit(merged, null, ward, REFORM, organizationCommittee()));

        assertThat(units.isActive(merged, REFORM.minusDays(1))).isTrue();
        assertThat(units.isActive(merged, REFORM)).isFalse();
        assertThat(units.isActive(ward, REFORM)).isTrue();
        assertThat(jdbc.sql("SELECT merged_into_unit_id FROM command.unit WHERE unit_id = :id")
                .param("id", merged).query(String.class).single()).isEqualTo(ward);
    }

    @Test
    void a_unit_never_registered_is_not_active() {
        assertThat(units.isActive(UUID.randomUUID().toString(), TODAY)).isFalse();
    }

    @Test
    void every_name_is_kept_with_the_days_it_held() {
        String id = register("Thị ủy Sông Công", UnitKind.CITY_PARTY_COMMITTEE, LocalDate.of(2010, 1, 1));
        commands.sendAndWait(new RenameUnit(id, null, "Thành ủy Sông Công", LocalDate.of(2015, 5, 1),
                organizationCommittee()));
        commands.sendAndWait(new DissolveUnit(id, null, "Kết thúc hoạt động cấp huyện", null, REFORM,
                organizationCommittee()));

        List<String> names = jdbc.sql("""
                        SELECT name || ' ' || valid_from || ' ' || valid_until FROM command.unit_name
                         WHERE unit_id = :id ORDER BY sequence_number""")
                .param("id", id).query(String.class).list();
        assertThat(names).containsExactly("Thị ủy Sông Công 2010-01-01 2015-05-01",
                "Thành ủy Sông Công 2015-05-01 2025-07-01");
    }

    @Test
    void the_directory_refuses_a_merger_into_a_dissolved_unit() {
        String dissolved = register("Huyện ủy Phú Bình", UnitKind.DISTRICT_PARTY_COMMITTEE, LocalDate.of(2010, 1, 1));
        commands.sendAndWait(new DissolveUnit(dissolved, null, "Kết thúc hoạt động cấp huyện", null, REFORM,
                organizationCommittee()));
        String commune = register("Đảng ủy xã Kha Sơn", UnitKind.COMMUNE, LocalDate.of(2010, 1, 1));

        assertThatThrownBy(() -> commands.sendAndWait(new MergeUnit(commune, null, dissolved, TODAY,
                organizationCommittee())))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("merge-target-not-active"));
        assertThat(units.isActive(commune, TODAY)).isTrue();
    }

    @Test
    void a_unit_registered_over_http_is_created_with_its_location_and_version() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                        .uri(URI.create("http://localhost:" + port + "/api/units"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", TestAccounts.organizationCommittee())
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"name": "Đảng ủy các Khu công nghiệp tỉnh", "kind": "INDUSTRIAL_ZONES_PARTY_COMMITTEE",
                                 "effectiveOn": "2012-04-01"}"""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("ETag")).contains("\"0\"");
        String location = response.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(location).endsWith("/api/units/" + id);
        assertThat(units.isActive(id, LocalDate.of(2012, 4, 1))).isTrue();
    }
}
