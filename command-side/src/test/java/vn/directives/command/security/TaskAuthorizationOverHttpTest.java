package vn.directives.command.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directives.command.infrastructure.CommandSideTest;
import vn.directives.command.support.Api;
import vn.directives.command.support.Api.Answer;
import vn.directives.command.support.TestAccounts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acting user is whoever signed in, and the aggregate decides what they may do: a Steering
 * Committee member cannot take a step on another member's task, a unit officer on another unit's,
 * and headers that merely claim an identity change nothing. Each refusal stores no event and is
 * written to the security log.
 */
@CommandSideTest
class TaskAuthorizationOverHttpTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private String unit;
    private String assignee;
    private String surveyPath;
    private String etag;

    @BeforeEach
    void openSurvey() {
        api = new Api(port);
        unit = api.unit("Đảng ủy Khối Doanh nghiệp tỉnh", "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES");
        assignee = api.member(unit);
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("directiveId", api.directive(unit));
        task.put("pointNumber", 2);
        task.put("title", "Khảo sát doanh nghiệp KCN Nam Phổ Yên");
        task.put("leadUnitId", unit);
        task.put("coordinatingUnitIds", List.of());
        task.put("assigneeId", assignee);
        task.put("dueDate", TODAY.plusMonths(2).toString());
        Answer opened = api.post("/api/surveys", Map.of("task", task, "scope", Map.of("kind", "INDUSTRIAL_ZONE",
                        "references", List.of("kcn-nam-pho-yen"), "description", "KCN Nam Phổ Yên"),
                "periodFrom", TODAY.minusDays(10).toString(), "periodTo", TODAY.toString(),
                "openedOn", TODAY.minusDays(10).toString()));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        surveyPath = "/api/surveys/" + opened.id();
        etag = opened.etag();
    }

    @Test
    void a_member_closing_another_members_survey_gets_403_and_nothing_is_stored() {
        String otherMember = api.member(unit);
        long logged = refusalsOf(otherMember);

        Answer refused = api.post(surveyPath + "/closure", Map.of("summary", "Đóng thay người khác"),
                "If-Match", etag, "X-Actor", otherMember, "X-Actor-Roles", "STEERING_MEMBER");

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(403);
        assertThat(storedEvents()).containsExactly("SurveyOpened");
        assertThat(refusalsOf(otherMember)).isEqualTo(logged + 1);
    }

    @Test
    void the_assigned_member_may_take_the_step() {
        Answer extension = api.post(surveyPath + "/extension-requests", Map.of("requestedDueDate",
                        TODAY.plusMonths(4).toString(), "reason", "Doanh nghiệp xin lùi lịch"),
                "If-Match", etag, "X-Actor", assignee, "X-Actor-Roles", "STEERING_MEMBER");

        assertThat(extension.status()).as(extension.body().toString()).isEqualTo(201);
        assertThat(storedEvents()).containsExactly("SurveyOpened", "DueDateExtensionRequested");
        assertThat(actorOfLastEvent()).isEqualTo(assignee);
    }

    @Test
    void an_officer_of_another_unit_gets_403() {
        String otherUnit = api.unit("Liên đoàn Lao động tỉnh", "LABOUR_FEDERATION");

        Answer refused = api.post(surveyPath + "/extension-requests", Map.of("requestedDueDate",
                        TODAY.plusMonths(4).toString(), "reason", "Xin gia hạn"),
                "If-Match", etag, "X-Actor", "officer-" + otherUnit, "X-Actor-Roles", "UNIT_OFFICER",
                "X-Actor-Unit", otherUnit);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(storedEvents()).containsExactly("SurveyOpened");
    }

    @Test
    void identity_headers_sent_by_a_client_are_ignored() {
        String standing = TestAccounts.basic("standing-committee-reader", "STANDING_COMMITTEE", null);

        Answer refused = api.post(surveyPath + "/cancellation", Map.of("reason", "Thử mạo danh"),
                "If-Match", etag, "Authorization", standing, "X-Actor", TestAccounts.ORGANIZATION_COMMITTEE,
                "X-Actor-Roles", "ORGANIZATION_COMMITTEE");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(storedEvents()).containsExactly("SurveyOpened");
    }

    private List<String> storedEvents() {
        String id = surveyPath.substring(surveyPath.lastIndexOf('/') + 1);
        return jdbc.queryForList("""
                SELECT payload_type FROM events.domain_event_entry
                 WHERE aggregate_identifier = ? ORDER BY sequence_number""", String.class, id)
                .stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private String actorOfLastEvent() {
        String id = surveyPath.substring(surveyPath.lastIndexOf('/') + 1);
        return jdbc.queryForObject("""
                SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'actor' FROM events.domain_event_entry
                 WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""", String.class, id);
    }

    private long refusalsOf(String user) {
        Long count = jdbc.queryForObject("""
                SELECT count(*) FROM security.security_log WHERE username = ? AND outcome = 'RULE_FORBIDDEN'""",
                Long.class, user);
        return count == null ? 0 : count;
    }
}
