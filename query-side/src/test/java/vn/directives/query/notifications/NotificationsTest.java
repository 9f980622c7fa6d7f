package vn.directives.query.notifications;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.support.TestAccounts;
import vn.directives.events.discussion.TaskCommented;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.task.SubTaskDelegated;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.urging.TaskEscalated;
import vn.directives.events.urging.TaskReminderIssued;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.ProjectionDriver;
import vn.directives.query.ProjectionTest;
import vn.directives.query.QuerySideClient;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In-app notifications: a reminder reaches the assignee's list, an escalation the lead unit's and
 * the Organization Committee's; marking one read changes the unread list, survives a rebuild of
 * the projection, and is refused for a notification not in the recipient's list.
 */
@ProjectionTest
// nothing listens on port 9 (discard): the page's reading of the e-mail choices fails as when the command side is down
@TestPropertySource(properties = "directives.workspace.command-side-url=http://127.0.0.1:9")
class NotificationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate DUE = LocalDate.of(2026, 2, 24);

    @Autowired
    private ApplicationContext context;

    private ProjectionDriver notifications;
    private QuerySideClient client;
    private String task;
    private String member;
    private String unit;

    @BeforeAll
    static void eventStoreExists() {
        CommandSideMigrations.apply();
    }

    @BeforeEach
    void startClean() {
        notifications = ProjectionDriver.of(context, NotificationProjection.GROUP);
        client = new QuerySideClient(context.getEnvironment());
        task = "task-" + UUID.randomUUID();
        member = "member-" + UUID.randomUUID();
        unit = "unit-" + UUID.randomUUID();
    }

    private static final String TITLE = "Đối thoại với chủ doanh nghiệp khu công nghiệp";

    private GeneralTaskOpened opening() {
        return new GeneralTaskOpened(task, new TaskHeader("directive-42", 2, TITLE, unit, List.of(), member, DUE),
                null, "Hội nghị", null, LocalDate.of(2026, 1, 5), TestAccounts.ORGANIZATION_COMMITTEE);
    }

    private DomainEventMessage<?> opened() {
        return notifications.event(task, opening(), Instant.parse("2026-01-05T01:00:00Z"));
    }

    private TaskReminderIssued reminder(int workingDaysLeft, int ordinal) {
        return new TaskReminderIssued(task, task + "/" + DUE + "/" + ordinal, member, DUE, workingDaysLeft,
                DUE.minusDays(3L * workingDaysLeft));
    }

    @Test
    void reminders_reach_the_assignees_list_newest_first_and_each_once() {
        notifications.applyEachTwice(List.of(opened(),
                notifications.event(task, reminder(3, 0), Instant.parse("2026-02-12T01:00:00Z")),
                notifications.event(task, reminder(0, 1), Instant.parse("2026-02-24T01:00:00Z"))));

        JsonNode list = asMember().json("/api/inboxes/" + member + "/notifications");
        assertThat(list).hasSize(3);
        assertThat(list.get(0).path("text").asString()).isEqualTo("Nhiệm vụ “" + TITLE + "” đến hạn hôm nay (24/02/2026).");
        assertThat(list.get(1).path("text").asString())
                .isEqualTo("Nhiệm vụ “" + TITLE + "” đến hạn ngày 24/02/2026 (còn 3 ngày làm việc).");
        assertThat(list.get(1).path("textEn").asString())
                .isEqualTo("The task “" + TITLE + "” is due on 24/02/2026 (3 working days left).");
        assertThat(list.get(2).path("kind").asString()).isEqualTo("ASSIGNED");
        assertThat(list.get(0).path("read").asBoolean()).isFalse();
        assertThat(list.get(0).path("taskLink").asString()).isEqualTo("/api/tasks/" + task);
    }

    /**
     * Urging and the other notifications are written by two handlers of one processor: both name
     * the task by its title, also when the opening and the urging are projected in one batch or the
     * opening in an earlier one, and after a rebuild.
     */
    @Test
    void reminders_escalations_and_comments_name_the_task_by_the_same_title() {
        String officer = "officer-" + UUID.randomUUID();
        notifications.apply(List.of(opened()));
        notifications.apply(List.of(
                notifications.event(task, new TaskEscalated(task, task + "/" + DUE + "/3", member, unit, DUE, 5, 1,
                        LocalDate.of(2026, 3, 3)), Instant.parse("2026-03-03T01:00:00Z")),
                notifications.event(task, new TaskCommented(task, "comment-1", "Đề nghị bổ sung danh sách", null,
                        officer, LocalDate.of(2026, 3, 4)), Instant.parse("2026-03-04T01:00:00Z"))));

        assertThat(asUnitOfficer().json("/api/inboxes/" + unit + "/notifications").findValuesAsString("text"))
                .containsExactly("Có ý kiến mới về nhiệm vụ “" + TITLE + "”.",
                        "Nhiệm vụ “" + TITLE + "” (hạn 24/02/2026) đã quá hạn 5 ngày làm việc (báo cáo lần 1).");
        assertThat(asUnitOfficer().json("/api/inboxes/" + unit + "/notifications").findValuesAsString("textEn"))
                .contains("The task “" + TITLE + "” (due 24/02/2026) is 5 working days overdue (notice 1).");

        notifications.reset();
        notifications.apply(List.of(opened(), notifications.event(task, reminder(3, 0),
                Instant.parse("2026-02-12T01:00:00Z"))));
        assertThat(asMember().json("/api/inboxes/" + member + "/notifications").findValuesAsString("text"))
                .contains("Nhiệm vụ “" + TITLE + "” đến hạn ngày 24/02/2026 (còn 3 ngày làm việc).")
                .noneMatch(text -> text.contains(task));
    }

    @Test
    void a_reminder_of_a_task_never_opened_names_it_by_its_id() {
        notifications.apply(List.of(notifications.event(task, reminder(0, 1), Instant.parse("2026-02-24T01:00:00Z"))));

        assertThat(asMember().json("/api/inboxes/" + member + "/notifications").findValuesAsString("text"))
                .containsExactly("Nhiệm vụ " + task + " đến hạn hôm nay (24/02/2026).");
    }

    @Test
    void an_escalation_reaches_the_lead_unit_and_the_organization_committee_not_the_assignee() {
        notifications.apply(List.of(notifications.event(task,
                new TaskEscalated(task, task + "/" + DUE + "/3", member, unit, DUE, 5, 1, LocalDate.of(2026, 3, 3)),
                Instant.parse("2026-03-03T01:00:00Z"))));

        assertThat(asUnitOfficer().json("/api/inboxes/" + unit + "/notifications")).singleElement()
                .satisfies(n -> assertThat(n.path("text").asString()).contains("quá hạn 5 ngày làm việc"));
        assertThat(client.json("/api/inboxes/organization-committee/notifications?limit=200").findValuesAsString("taskId"))
                .contains(task);
        assertThat(asMember().json("/api/inboxes/" + member + "/notifications")).isEmpty();
    }

    @Test
    void a_notification_marked_read_leaves_the_unread_list_and_stays_read_after_a_rebuild() {
        notifications.apply(List.of(
                notifications.event(task, reminder(3, 0), Instant.parse("2026-02-12T01:00:00Z")),
                notifications.event(task, reminder(0, 1), Instant.parse("2026-02-24T01:00:00Z"))));
        String first = asMember().json("/api/inboxes/" + member + "/notifications").get(1).path("notificationId").asString();

        HttpResponse<String> read = asMember().post("/api/inboxes/" + member + "/notifications/" + first + "/reading");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).path("read").asBoolean()).isTrue();
        assertThat(asMember().json("/api/inboxes/" + member + "/notifications?unread=true").findValuesAsString("notificationId"))
                .hasSize(1).doesNotContain(first);

        notifications.reset();
        notifications.apply(List.of(
                notifications.event(task + "-replayed", reminder(3, 0), Instant.parse("2026-02-12T01:00:00Z"))));
        assertThat(asMember().json("/api/inboxes/" + member + "/notifications?unread=true")).isEmpty();
    }

    @Test
    void a_notification_of_someone_else_cannot_be_marked_read() {
        notifications.apply(List.of(notifications.event(task, reminder(3, 0), Instant.parse("2026-02-12T01:00:00Z"))));
        String id = asMember().json("/api/inboxes/" + member + "/notifications").get(0).path("notificationId").asString();

        HttpResponse<String> refused = client.post("/api/inboxes/organization-committee/notifications/" + id
                + "/reading");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(refused.body()).path("detail").asString())
                .isEqualTo("Không có thông báo này trong danh sách của người nhận.");
        assertThat(asMember().json("/api/inboxes/" + member + "/notifications?unread=true")).hasSize(1);
    }

    @Test
    void an_inbox_is_read_and_marked_by_its_owner_alone() {
        notifications.apply(List.of(notifications.event(task, reminder(3, 0), Instant.parse("2026-02-12T01:00:00Z"))));
        String id = asMember().json("/api/inboxes/" + member + "/notifications").get(0).path("notificationId").asString();
        QuerySideClient anotherMember = client.as(TestAccounts.basic("member-" + UUID.randomUUID(), "STEERING_MEMBER", null));

        HttpResponse<String> list = anotherMember.get("/api/inboxes/" + member + "/notifications");
        HttpResponse<String> mark = client.post("/api/inboxes/" + member + "/notifications/" + id + "/reading");

        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(list.body()).path("detail_en").asString())
                .isEqualTo("Only the recipient may read this list of notifications.");
        assertThat(mark.statusCode()).as("the Organization Committee reads its own inbox, not a member's").isEqualTo(403);
        assertThat(asMember().json("/api/inboxes/" + member + "/notifications?unread=true")).hasSize(1);
    }

    @Test
    void a_part_delegated_reaches_the_lower_units_list_once_linking_to_the_sub_task() {
        String subTask = "task-" + UUID.randomUUID();
        notifications.applyEachTwice(List.of(notifications.event(task, new SubTaskDelegated(task, subTask,
                "Đối thoại với chủ doanh nghiệp trên địa bàn phường", unit, member, DUE, LocalDate.of(2026, 2, 2),
                TestAccounts.ORGANIZATION_COMMITTEE), Instant.parse("2026-02-02T01:00:00Z"))));

        assertThat(asUnitOfficer().json("/api/inboxes/" + unit + "/notifications")).singleElement().satisfies(n -> {
            assertThat(n.path("kind").asString()).isEqualTo("DELEGATED");
            assertThat(n.path("taskLink").asString()).isEqualTo("/api/tasks/" + subTask);
            assertThat(n.path("text").asString()).isEqualTo("Đơn vị được giao nhiệm vụ “Đối thoại với chủ doanh "
                    + "nghiệp trên địa bàn phường” (giao từ cấp trên), hạn hoàn thành 24/02/2026.");
        });
    }

    /**
     * The notifications page reads the user's e-mail choices from the command side; when that read
     * fails, the page still lists the notifications and says, in Vietnamese, why the choices are not
     * there, instead of leaving the form out without a word.
     */
    @Test
    void the_notifications_page_says_so_when_the_email_choices_cannot_be_read() {
        String user = "doc-tb-" + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.basic(user, "ORGANIZATION_COMMITTEE", null);
        String base = "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
        vn.directives.query.security.Browser browser = new vn.directives.query.security.Browser();
        browser.signIn(base, user, TestAccounts.password(user, "ORGANIZATION_COMMITTEE", null));

        HttpResponse<String> page = browser.get(base + "/notifications");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Thông báo", "chưa đọc được lựa chọn nhận thư điện tử của bạn",
                "Hãy tải lại trang sau ít phút").doesNotContain("preferences-form");
    }

    @Test
    void a_limit_outside_its_range_is_refused_naming_the_parameter() {
        HttpResponse<String> refused = asMember().get("/api/inboxes/" + member + "/notifications?limit=0");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"limit\"");
    }

    private QuerySideClient asMember() {
        return client.as(TestAccounts.basic(member, "STEERING_MEMBER", null));
    }

    private QuerySideClient asUnitOfficer() {
        return client.as(TestAccounts.basic("officer-" + unit, "UNIT_OFFICER", unit));
    }
}
