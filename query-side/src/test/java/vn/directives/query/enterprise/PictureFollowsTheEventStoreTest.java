package vn.directives.query.enterprise;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.CommandSideApplication;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;
import vn.directives.query.QuerySideClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import vn.directives.command.support.TestAccounts;

/**
 * The three projections as they run in production: the command side stores events, the query
 * side's pooled processors (configured in query-side.yml) read them from the event store, and the
 * query side answers. The behaviour of each projection is tested in detail elsewhere; this proves
 * the wiring: processing groups, deserialization of the stored JSON, parameter resolution.
 */
class PictureFollowsTheEventStoreTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext querySide;
    private static ConfigurableApplicationContext commandSide;

    @BeforeAll
    static void startBothSides() {
        CommandSideMigrations.apply();
        querySide = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0");
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--directives.query-side.base-url=http://localhost:"
                        + querySide.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @AfterAll
    static void stopBothSides() {
        if (commandSide != null) {
            commandSide.close();
        }
        if (querySide != null) {
            querySide.close();
        }
    }

    @Test
    void units_members_and_enterprises_recorded_on_the_command_side_are_read_on_the_query_side() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String unitId = accepted(post("/api/units", """
                {"name": "Thị ủy Phổ Yên %s", "kind": "DISTRICT_PARTY_COMMITTEE", "effectiveOn": "2010-01-01"}"""
                .formatted(suffix)));
        accepted(post("/api/units/" + unitId + "/renaming", """
                {"newName": "Thành ủy Phổ Yên %s", "effectiveOn": "2022-01-01"}""".formatted(suffix)));
        String memberId = "member-" + suffix;
        accepted(post("/api/steering-committee/members", """
                {"memberId": "%s", "displayName": "Thành viên %s", "post": "Ủy viên Ban Chỉ đạo",
                 "email": "thanh.vien.%s@example.vn", "unitIds": ["%s"], "areas": [], "effectiveOn": "2023-01-10"}"""
                .formatted(memberId, suffix, suffix, unitId)));
        String taxCode = "4609" + suffix;
        HttpResponse<String> recorded = post("/api/party-organizations", """
                {"enterpriseTaxCode": "%s", "enterpriseName": "Công ty CP Phổ Yên %s",
                 "organizationName": "Chi bộ Công ty CP Phổ Yên %s", "since": "2016-08-19",
                 "source": "INITIAL_REGISTRY", "sourceReference": "Danh sách 31/12/2024",
                 "kind": "GRASSROOTS_CELL", "superiorCommitteeUnitId": "%s",
                 "officialMembers": 5, "probationaryMembers": 1}""".formatted(taxCode, suffix, suffix, unitId));
        String organizationId = accepted(recorded);
        accepted(post("/api/party-organizations/" + organizationId + "/affiliations", """
                {"kind": "GRASSROOTS_COMMITTEE", "superiorCommitteeUnitId": "%s", "effectiveOn": "2023-03-01"}"""
                .formatted(unitId)));

        QuerySideClient client = new QuerySideClient(querySide.getEnvironment());
        JsonNode unit = awaitJson(client, "/api/units/" + unitId + "?at=2021-12-31",
                node -> node.get("names").size() == 2);
        assertThat(unit.get("name").asString()).isEqualTo("Thị ủy Phổ Yên " + suffix);

        JsonNode members = awaitJson(client, "/api/steering-committee/members?at=2024-01-01&unitId=" + unitId,
                node -> node.size() == 1);
        assertThat(members.get(0).get("memberId").asString()).isEqualTo(memberId);
        assertThat(members.get(0).get("responsibilities").get("units").get(0).get("name").asString())
                .isEqualTo("Thành ủy Phổ Yên " + suffix);

        JsonNode enterprise = awaitJson(client, "/api/enterprises/" + taxCode + "?at=2024-01-01",
                node -> node.get("partyOrganization") != null);
        assertThat(enterprise.get("partyOrganization").get("since").asString()).isEqualTo("2016-08-19");
        assertThat(enterprise.get("partyOrganization").get("members").get("total").asInt()).isEqualTo(6);
        assertThat(enterprise.get("partyOrganization").get("kind").get("label").asString()).isEqualTo("Đảng bộ cơ sở");
        assertThat(enterprise.get("partyOrganization").get("superiorCommittee").get("name").asString())
                .isEqualTo("Thành ủy Phổ Yên " + suffix);
        JsonNode before = awaitJson(client, "/api/enterprises/" + taxCode + "?at=2021-12-31",
                node -> node.get("partyOrganization") != null);
        assertThat(before.get("partyOrganization").get("kind").get("code").asString()).isEqualTo("GRASSROOTS_CELL");
        assertThat(before.get("partyOrganization").get("superiorCommittee").get("name").asString())
                .as("the committee as it was named then").isEqualTo("Thị ủy Phổ Yên " + suffix);

        // the Location the command side answered is a page of the query side, not a 404
        String location = recorded.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/party-organizations/" + organizationId);
        JsonNode organization = awaitJson(client, URI.create(location).getRawPath() + "?at=2024-01-01", node -> true);
        assertThat(organization.get("taxCode").asString()).isEqualTo(taxCode);
        assertThat(organization.get("partyOrganization").get("name").asString())
                .isEqualTo("Chi bộ Công ty CP Phổ Yên " + suffix);
    }

    /**
     * A row stored as revision 1 wrote it, before kinds were recorded: both sides read it through
     * the upcaster chain Axon built from the platform's beans, as not classified; it can then be
     * classified like any other.
     */
    @Test
    void an_organization_stored_before_kinds_were_recorded_reads_as_not_classified_until_classified() {
        for (ConfigurableApplicationContext side : java.util.List.of(commandSide, querySide)) {
            assertThat(side.getBean(org.axonframework.config.Configuration.class).upcasterChain())
                    .as("the upcaster is in the chain the event store reads through").isNotNull()
                    .satisfies(chain -> assertThat(chain.upcast(java.util.stream.Stream.of(
                            new org.axonframework.serialization.upcasting.event.InitialEventRepresentation(
                                    v1Entry("po-probe", "4600000000"), side.getBean("eventSerializer",
                                            org.axonframework.serialization.Serializer.class))))
                            .toList()).singleElement().satisfies(upcast ->
                            assertThat(upcast.getType().getRevision()).isEqualTo("2")));
        }
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String taxCode = "4608" + suffix;
        String organizationId = "po-v1-" + suffix;
        new org.springframework.jdbc.core.JdbcTemplate(commandSide.getBean(javax.sql.DataSource.class)).update("""
                        INSERT INTO events.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                               type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, 0, 'PartyOrganization', '2024-01-05T02:00:00Z', ?, '1', ?,
                                convert_to('{}', 'UTF8'))""", java.util.UUID.randomUUID().toString(), organizationId,
                vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded.class.getName(),
                v1Json(organizationId, taxCode));
        String unitId = accepted(post("/api/units", """
                {"name": "Đảng ủy Khối Doanh nghiệp %s", "kind": "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES",
                 "effectiveOn": "2010-01-01"}""".formatted(suffix)));
        QuerySideClient client = new QuerySideClient(querySide.getEnvironment());
        JsonNode unclassified = awaitJson(client, "/api/enterprises/" + taxCode + "?at=2024-06-30",
                node -> node.get("partyOrganization") != null);
        assertThat(unclassified.get("partyOrganization").get("kind").get("code").asString())
                .isEqualTo("NOT_CLASSIFIED");
        assertThat(unclassified.get("partyOrganization").get("superiorCommittee").isNull()).isTrue();

        accepted(post("/api/party-organizations/" + organizationId + "/affiliations", """
                {"kind": "CELL_UNDER_GRASSROOTS_COMMITTEE", "superiorCommitteeUnitId": "%s", "effectiveOn": "2024-02-01"}"""
                .formatted(unitId)));

        JsonNode classified = awaitJson(client, "/api/enterprises/" + taxCode + "?at=2024-06-30",
                node -> !node.get("partyOrganization").get("kind").get("code").asString().equals("NOT_CLASSIFIED"));
        assertThat(classified.get("partyOrganization").get("kind").get("label").asString())
                .isEqualTo("Chi bộ trực thuộc đảng ủy cơ sở");
        assertThat(classified.get("partyOrganization").get("superiorCommittee").get("unitId").asString())
                .isEqualTo(unitId);
    }

    /** An {@code ExistingPartyOrganizationRecorded} as revision 1 stored it (no kind, no superior committee). */
    private static org.axonframework.eventhandling.GenericDomainEventEntry<byte[]> v1Entry(String organizationId,
                                                                                          String taxCode) {
        return new org.axonframework.eventhandling.GenericDomainEventEntry<>("PartyOrganization", organizationId, 0,
                java.util.UUID.randomUUID().toString(), "2024-01-05T02:00:00Z",
                vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded.class.getName(), "1",
                v1Json(organizationId, taxCode), "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] v1Json(String organizationId, String taxCode) {
        String json = """
                {"partyOrganizationId":"%s","enterpriseTaxCode":"%s","enterpriseName":"Công ty TNHH Lâm Sơn",\
                "organizationName":"Chi bộ Công ty TNHH Lâm Sơn","source":"INITIAL_REGISTRY","sourceReference":null,\
                "officialMembers":3,"probationaryMembers":0,"effectiveOn":"2018-04-02","recordedBy":"ban-to-chuc-01"}"""
                .formatted(organizationId, taxCode);
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode awaitJson(QuerySideClient client, String pathAndQuery, Predicate<JsonNode> ready) {
        return await(pathAndQuery)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    HttpResponse<String> response = client.get(pathAndQuery);
                    return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
                }, node -> node != null && ready.test(node));
    }

    private static HttpResponse<String> post(String path, String json) {
        String port = commandSide.getEnvironment().getRequiredProperty("local.server.port");
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", TestAccounts.basic("ban-to-chuc-01", "ORGANIZATION_COMMITTEE", null))
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("POST " + path, e);
        }
    }

    /** The id of the aggregate a POST created or changed; it must have been accepted. */
    private static String accepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return JSON.readTree(response.body()).get("id").asString();
    }
}
