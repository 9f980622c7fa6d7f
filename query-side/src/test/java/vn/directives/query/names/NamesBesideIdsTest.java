package vn.directives.query.names;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.directives.events.calendar.WorkingCalendarYearAdopted;
import vn.directives.events.cellestablishment.CellEstablishmentOpened;
import vn.directives.events.directive.DirectiveKind;
import vn.directives.events.directive.DirectivePoint;
import vn.directives.events.directive.DirectiveRegistered;
import vn.directives.events.directive.ReportingCadence;
import vn.directives.events.steering.MemberContact;
import vn.directives.events.steering.Responsibilities;
import vn.directives.events.steering.SteeringMemberAppointed;
import vn.directives.events.survey.SurveyOpened;
import vn.directives.events.survey.SurveyScope;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskReassigned;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names beside ids, through the real projections (their processors' handler invokers) and the
 * HTTP API over the real database. A lead unit renamed on 1 July, a coordinating unit merged and
 * another dissolved that day; a cell establishment opened by a Steering Committee member and
 * reassigned by a clerk in August; a survey led by the dissolved unit. Everything happens in
 * 2091, a year no other test looks at.
 */
@ProjectionTest
class NamesBesideIdsTest {

    private static final String OLD_NAME = "Huyện ủy Phú Bình";
    private static final String NEW_NAME = "Đảng ủy xã Phú Bình";
    private static final String MERGED_NAME = "Đảng ủy xã Tân Đức";
    private static final String DISSOLVED_NAME = "Đảng ủy Khối Doanh nghiệp tỉnh";
    private static final String AN = "Nguyễn Văn An";
    private static final String BINH = "Trần Thị Bình";
    private static final String CLERK = "clerk.btc";
    private static final String ENTERPRISE = "Công ty TNHH Điện tử Minh Phát";
    private static final Instant RECORDED = Instant.parse("2091-01-01T00:00:00Z");

    private final String lead = "unit-" + UUID.randomUUID();
    private final String merged = "unit-" + UUID.randomUUID();
    private final String dissolved = "unit-" + UUID.randomUUID();
    private final String an = "member-" + UUID.randomUUID();
    private final String binh = "member-" + UUID.randomUUID();
    private final String directive = "directive-" + UUID.randomUUID();
    private final String establishment = UUID.randomUUID().toString();
    private final String survey = UUID.randomUUID().toString();

    @Autowired
    private ApplicationContext context;
    @Autowired
    private Names names;

    private ProjectionDriver streams;
    private QuerySideClient client;

    @BeforeAll
    static void eventStoreExists() {
        CommandSideMigrations.apply();
    }

    @BeforeEach
    void province() {
        streams = ProjectionDriver.of(context, "units-in-time");
        client = new QuerySideClient(context.getEnvironment());
        apply(List.of("units-in-time"),
                event(lead, new UnitRegistered(lead, OLD_NAME, UnitKind.DISTRICT_PARTY_COMMITTEE, null,
                        day("2090-01-01"), CLERK)),
                event(lead, new UnitRenamed(lead, OLD_NAME, NEW_NAME, day("2091-07-01"), CLERK)),
                event(merged, new UnitRegistered(merged, MERGED_NAME, UnitKind.COMMUNE, null, day("2090-01-01"),
                        CLERK)),
                event(merged, new UnitMerged(merged, lead, day("2091-07-01"), CLERK)),
                event(dissolved, new UnitRegistered(dissolved, DISSOLVED_NAME,
                        UnitKind.PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES, null, day("2090-01-01"), CLERK)),
                event(dissolved, new UnitDissolved(dissolved, "Sắp xếp tổ chức bộ máy", day("2091-07-01"), CLERK)));
        apply(List.of("steering-committee"), appointed(an, AN), appointed(binh, BINH));
        apply(List.of("working-calendar"), event("calendar-2091",
                new WorkingCalendarYearAdopted(2091, List.of(), List.of(), false, "test", day("2090-12-01"))));
        apply(List.of("directives"), event(directive, new DirectiveRegistered(directive, "42-CT/TU",
                DirectiveKind.DIRECTIVE, day("2090-12-23"), "Ban Thường vụ Tỉnh ủy",
                "Về tăng cường xây dựng tổ chức đảng trong doanh nghiệp", List.of(new DirectivePoint(1, "Quán triệt.")),
                lead, new ReportingCadence(ReportingCadence.Frequency.YEARLY, 11, 15, "Ban Thường vụ Tỉnh ủy"),
                List.of(), CLERK)));
        List<String> tasks = List.of("task-board", "task-deadlines", "task-timeline", "enterprise-picture");
        apply(tasks, event(establishment, new CellEstablishmentOpened(establishment,
                        new TaskHeader(directive, 1, "Thành lập chi bộ Công ty Minh Phát", lead,
                                List.of(merged, dissolved), an, day("2091-09-28")),
                        "4601234567", ENTERPRISE, day("2091-03-01"), an), Map.of("actor", an)),
                event(establishment, new TaskReassigned(establishment, an, binh, "Phân công lại",
                        day("2091-08-01"), CLERK), Map.of("actor", CLERK)));
        apply(tasks, event(survey, new SurveyOpened(survey,
                new TaskHeader(directive, 1, "Khảo sát doanh nghiệp khối", dissolved, List.of(), binh,
                        day("2091-06-29")),
                new SurveyScope(SurveyScope.Kind.INDUSTRIAL_ZONE, List.of("kcn-yen-binh"), "KCN Yên Bình"),
                day("2091-02-01"), day("2091-06-29"), day("2091-02-01"), CLERK), Map.of("actor", CLERK)));
    }

    @Test
    void the_board_names_a_renamed_unit_as_it_was_named_at_the_date_asked_about() {
        assertThat(task(board("2091-06-30"), establishment).get("leadUnitName").asString()).isEqualTo(OLD_NAME);
        assertThat(task(board("2091-07-01"), establishment).get("leadUnitName").asString()).isEqualTo(NEW_NAME);
        assertThat(one(establishment, "2091-06-30").get("leadUnitName").asString()).isEqualTo(OLD_NAME);
        assertThat(one(establishment, "2091-07-01").get("leadUnitName").asString()).isEqualTo(NEW_NAME);
    }

    @Test
    void merged_and_dissolved_units_keep_the_name_they_bore_while_they_existed() {
        JsonNode before = task(board("2091-06-30"), establishment);
        JsonNode after = task(board("2091-12-31"), establishment);

        assertThat(texts(before.get("coordinatingUnitIds"))).containsExactly(merged, dissolved);
        assertThat(texts(before.get("coordinatingUnitNames"))).containsExactly(MERGED_NAME, DISSOLVED_NAME);
        assertThat(texts(after.get("coordinatingUnitNames"))).containsExactly(MERGED_NAME, DISSOLVED_NAME);
        assertThat(task(board("2091-12-31"), survey).get("leadUnitName").asString()).isEqualTo(DISSOLVED_NAME);
    }

    @Test
    void the_board_names_the_directive_the_members_the_enterprise_and_who_opened_the_task() {
        JsonNode june = task(board("2091-06-30"), establishment);
        JsonNode august = task(board("2091-08-15"), establishment);
        JsonNode opened = task(board("2091-06-30"), survey);

        assertThat(june.get("directiveId").asString()).isEqualTo(directive);
        assertThat(june.get("directiveNumber").asString()).isEqualTo("42-CT/TU");
        assertThat(june.get("directiveTitle").asString())
                .isEqualTo("Về tăng cường xây dựng tổ chức đảng trong doanh nghiệp");
        assertThat(june.get("assigneeId").asString()).isEqualTo(binh);
        assertThat(june.get("assigneeName").asString()).isEqualTo(BINH);
        assertThat(june.get("asOf").get("assigneeId").asString()).isEqualTo(an);
        assertThat(june.get("asOf").get("assigneeName").asString()).isEqualTo(AN);
        assertThat(august.get("asOf").get("assigneeName").asString()).isEqualTo(BINH);
        assertThat(june.get("enterpriseTaxCode").asString()).isEqualTo("4601234567");
        assertThat(june.get("enterpriseName").asString()).isEqualTo(ENTERPRISE);
        assertThat(june.get("openedByName").asString()).isEqualTo(AN);
        assertThat(opened.get("openedBy").asString()).isEqualTo(CLERK);
        assertThat(opened.get("openedByName").isNull()).isTrue();
        assertThat(opened.get("enterpriseName").isNull()).isTrue();
    }

    @Test
    void deadline_lists_name_the_lead_unit_as_at_the_date_and_the_assignee() {
        JsonNode june = item(deadlines("upcoming?withinWorkingDays=100&at=2091-06-25&unitId=" + lead), establishment);
        JsonNode september = item(deadlines("upcoming?withinWorkingDays=5&at=2091-09-24&unitId=" + lead),
                establishment);
        JsonNode overdue = item(deadlines("overdue?at=2091-07-02&unitId=" + dissolved), survey);

        assertThat(june.get("leadUnitName").asString()).isEqualTo(OLD_NAME);
        assertThat(june.get("assigneeId").asString()).isEqualTo(binh);
        assertThat(june.get("assigneeName").asString()).isEqualTo(BINH);
        assertThat(september.get("leadUnitName").asString()).isEqualTo(NEW_NAME);
        assertThat(overdue.get("leadUnitName").asString()).isEqualTo(DISSOLVED_NAME);
        assertThat(overdue.get("assigneeName").asString()).isEqualTo(BINH);
    }

    @Test
    void deadline_counts_name_each_unit_and_member() {
        JsonNode byUnit = deadlines("by-unit?withinWorkingDays=100&at=2091-06-25&assigneeId=" + binh);
        JsonNode byMember = deadlines("by-member?withinWorkingDays=100&at=2091-06-25&unitId=" + lead);

        assertThat(pairs(byUnit.get("groups"), "unitId", "unitName"))
                .containsExactlyInAnyOrder(lead + "=" + OLD_NAME, dissolved + "=" + DISSOLVED_NAME);
        assertThat(pairs(byMember.get("groups"), "memberId", "memberName")).containsExactly(binh + "=" + BINH);
    }

    @Test
    void the_workload_names_members_and_units_as_at_its_date() {
        JsonNode members = client.json("/api/workload/members?at=2091-06-30&directiveId=" + directive);
        JsonNode june = client.json("/api/workload/units?at=2091-06-30&directiveId=" + directive);
        JsonNode july = client.json("/api/workload/units?at=2091-07-15&directiveId=" + directive);

        assertThat(pairs(members.get("rows"), "memberId", "memberName"))
                .containsExactlyInAnyOrder(an + "=" + AN, binh + "=" + BINH);
        assertThat(pairs(june.get("rows"), "unitId", "unitName"))
                .containsExactlyInAnyOrder(lead + "=" + OLD_NAME, dissolved + "=" + DISSOLVED_NAME);
        assertThat(pairs(july.get("rows"), "unitId", "unitName"))
                .containsExactlyInAnyOrder(lead + "=" + NEW_NAME, dissolved + "=" + DISSOLVED_NAME);
    }

    @Test
    void timeline_entries_name_a_member_who_acted_and_no_one_else() {
        JsonNode entries = client.json("/api/tasks/" + establishment + "/timeline").get("entries");

        assertThat(pairs(entries, "actor", "actorName")).containsExactly(an + "=" + AN, CLERK + "=null");
    }

    @Test
    void code_holding_ids_gets_the_same_names_in_one_question() {
        assertThat(names.units(List.of(lead, merged, "unit-unknown"), day("2091-06-30")))
                .isEqualTo(Map.of(lead, OLD_NAME, merged, MERGED_NAME));
        assertThat(names.units(List.of(lead), day("2091-07-01"))).isEqualTo(Map.of(lead, NEW_NAME));
        assertThat(names.units(List.of(lead), day("2089-12-31"))).isEmpty();
        assertThat(names.members(List.of(an, binh, CLERK))).isEqualTo(Map.of(an, AN, binh, BINH));
    }

    // ---- the province's history, through the projections -----------------------------------

    private DomainEventMessage<?> event(String stream, Object payload) {
        return event(stream, payload, Map.of());
    }

    private DomainEventMessage<?> event(String stream, Object payload, Map<String, ?> metaData) {
        return streams.event(stream, payload, RECORDED, metaData);
    }

    private void apply(List<String> groups, DomainEventMessage<?>... events) {
        groups.forEach(group -> ProjectionDriver.of(context, group).apply(List.of(events)));
    }

    private DomainEventMessage<?> appointed(String memberId, String name) {
        return event(memberId, new SteeringMemberAppointed(memberId, new MemberContact(name, memberId + "@tinhuy.vn"),
                "Phó Trưởng Ban", new Responsibilities(List.of(lead), List.of()), day("2090-01-01"), CLERK));
    }

    // ---- reading ------------------------------------------------------------------------------

    private JsonNode board(String at) {
        return client.json("/api/tasks?directiveId=" + directive + "&at=" + at);
    }

    private JsonNode one(String taskId, String at) {
        return client.json("/api/tasks/" + taskId + "?at=" + at);
    }

    private JsonNode deadlines(String pathAndQuery) {
        return client.json("/api/deadlines/" + pathAndQuery);
    }

    private static JsonNode item(JsonNode list, String taskId) {
        return list.get("items").valueStream().filter(item -> item.get("taskId").asString().equals(taskId))
                .findFirst().orElseThrow(() -> new AssertionError("no task " + taskId + " in " + list));
    }

    /** "id=name" for each element of the array. */
    private static List<String> pairs(JsonNode array, String id, String name) {
        return array.valueStream().map(row -> row.get(id).asString() + "="
                + (row.get(name).isNull() ? "null" : row.get(name).asString())).toList();
    }

    private static JsonNode task(JsonNode page, String taskId) {
        return page.get("items").valueStream().filter(item -> item.get("id").asString().equals(taskId)).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + taskId + " in " + page));
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
