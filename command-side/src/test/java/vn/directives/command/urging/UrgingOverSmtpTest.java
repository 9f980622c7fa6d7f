package vn.directives.command.urging;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.directives.command.support.Api;
import vn.directives.command.support.Api.Answer;
import vn.directives.command.support.TestAccounts;
import vn.directives.events.discussion.TaskCommented;
import vn.directives.platform.notices.ConcernKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Urging end to end on a command side with a moved clock and a real SMTP server (GreenMail):
 * the default policy (remind 3 working days before and on the due date, escalate 5 working days
 * overdue, then weekly) across Tết Bính Ngọ 2026 (16–20/2/2026 off).
 */
class UrgingOverSmtpTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    /** Tuesday after Tết: 3 working days before it are 23/2, 13/2 and 12/2 (Tết takes 16–20/2). */
    private static final LocalDate DUE = LocalDate.of(2026, 2, 24);

    private static final MovableClock CLOCK = new MovableClock(LocalDateTime.of(2026, 1, 5, 9, 0));
    private static UrgingApp app;

    @BeforeAll
    static void start() {
        app = new UrgingApp(CLOCK, SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_task_is_reminded_missed_escalated_weekly_and_left_alone_once_completed() throws Exception {
        CLOCK.set(LocalDateTime.of(2026, 1, 5, 9, 0));
        SurveyOnTheClock task = SurveyOnTheClock.open(app.api(), DUE);

        at(LocalDateTime.of(2026, 2, 12, 7, 59));
        assertThat(mailTo(task.email())).as("not before the reminder's hour").isEmpty();

        at(LocalDateTime.of(2026, 2, 12, 8, 0));
        List<MimeMessage> reminders = mailTo(task.email());
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).getSubject())
                .isEqualTo("[Đôn đốc] Nhiệm vụ \"" + SurveyOnTheClock.TITLE + "\" đến hạn ngày 24/02/2026");
        String body = GreenMailUtil.getBody(reminders.get(0));
        assertThat(GreenMailUtil.getWholeMessage(reminders.get(0))).contains("charset=UTF-8");
        assertThat(decoded(reminders.get(0))).contains("còn 3 ngày làm việc", "-CT/",
                "http://query.test/tasks/" + task.taskId());
        assertThat(body).isNotEmpty();

        at(LocalDateTime.of(2026, 2, 24, 8, 0));
        assertThat(mailTo(task.email())).hasSize(2);
        assertThat(mailTo(task.email()).get(1).getSubject()).contains("đến hạn hôm nay (24/02/2026)");

        at(LocalDateTime.of(2026, 2, 24, 23, 59));
        assertThat(app.events(task.taskId())).doesNotContain("TaskDeadlineMissed");
        at(LocalDateTime.of(2026, 2, 25, 0, 0));
        assertThat(app.events(task.taskId())).containsOnlyOnce("TaskDeadlineMissed");

        at(LocalDateTime.of(2026, 3, 2, 8, 0));
        assertThat(mailTo(UrgingApp.ORGANIZATION_COMMITTEE, task)).as("4 working days overdue").isEmpty();
        at(LocalDateTime.of(2026, 3, 3, 8, 0));
        assertThat(mailTo(UrgingApp.ORGANIZATION_COMMITTEE, task)).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("quá hạn 5 ngày làm việc"));
        assertThat(mailTo(UrgingApp.UNITS, task)).hasSize(1);

        at(LocalDateTime.of(2026, 3, 10, 8, 0));
        assertThat(mailTo(UrgingApp.ORGANIZATION_COMMITTEE, task)).hasSize(2)
                .last().satisfies(m -> assertThat(m.getSubject()).contains("quá hạn 10 ngày làm việc"));

        CLOCK.set(LocalDateTime.of(2026, 3, 11, 10, 0));
        task.complete();
        at(LocalDateTime.of(2026, 4, 30, 8, 0));
        assertThat(mailTo(UrgingApp.ORGANIZATION_COMMITTEE, task)).hasSize(2);
        assertThat(mailTo(task.email())).hasSize(2);

        assertThat(app.events(task.taskId())).filteredOn(type -> !type.startsWith("Survey")).containsExactly(
                "UrgingNoticeDelivered", // the assignment's e-mail, sent on the first round
                "TaskReminderIssued", "UrgingNoticeDelivered",
                "TaskReminderIssued", "UrgingNoticeDelivered",
                "TaskDeadlineMissed",
                "TaskEscalated", "UrgingNoticeDelivered", "UrgingNoticeDelivered",
                "TaskEscalated", "UrgingNoticeDelivered", "UrgingNoticeDelivered",
                "TaskCompleted");
    }

    @Test
    void the_task_policy_overrides_the_directive_default_and_an_extension_or_reassignment_redirects_urging()
            throws Exception {
        CLOCK.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        SurveyOnTheClock task = SurveyOnTheClock.open(app.api(), LocalDate.of(2026, 3, 20));
        assertThat(app.api().post("/api/directives/" + task.directiveId() + "/urging-policy",
                Map.of("remindWorkingDaysBefore", 5, "escalateAfterWorkingDays", 2)).status()).isEqualTo(200);

        at(LocalDateTime.of(2026, 3, 13, 8, 0));
        assertThat(mailTo(task.email())).as("the directive's 5 working days before 20/3").hasSize(1);

        task.step("urging-policy", Map.of("remindWorkingDaysBefore", 1, "escalateAfterWorkingDays", 2));
        String other = task.api().member(task.unitId(), "other-" + task.email());
        task.step("reassignments", Map.of("toMemberId", other, "reason", "Phân công lại theo địa bàn"));
        String extension = task.step("extension-requests", Map.of("requestedDueDate", "2026-04-10",
                "reason", "Doanh nghiệp chưa bố trí được lịch làm việc")).header("Location");
        task.step("extension-requests/" + extension.substring(extension.lastIndexOf('/') + 1) + "/approval", Map.of());

        at(LocalDateTime.of(2026, 3, 20, 8, 0));
        at(LocalDateTime.of(2026, 3, 21, 0, 0));
        assertThat(app.events(task.taskId())).as("the old due date passes unnoticed").doesNotContain("TaskDeadlineMissed");
        at(LocalDateTime.of(2026, 4, 8, 8, 0));
        assertThat(mailTo("other-" + task.email())).as("not yet: the task's own 1 working day before 10/4").isEmpty();
        at(LocalDateTime.of(2026, 4, 9, 8, 0));
        assertThat(mailTo("other-" + task.email())).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("đến hạn ngày 10/04/2026"));
        assertThat(mailTo(task.email())).as("the former assignee hears no more").hasSize(1);
    }

    /**
     * What concerns a member or a unit goes by e-mail through the same outbox as urging: one notice
     * per event and address, never to a comment's author, and only the kinds each member wants.
     */
    @Nested
    class WhatConcernsAMemberOrUnit {

        private final Api api = app.api();
        private String lead;
        private String ward;
        private String assignee;
        private String assigneeEmail;
        private String taskId;

        @BeforeEach
        void openAGeneralTask() {
            CLOCK.set(LocalDateTime.of(2026, 5, 4, 9, 0));
            lead = api.unit("Ban Tổ chức Tỉnh ủy", "ORGANIZATION_COMMITTEE");
            ward = api.unit("Đảng ủy phường Tân Thịnh", "WARD");
            assigneeEmail = address("thanh-vien");
            assignee = api.member(lead, assigneeEmail);
            taskId = openGeneralTask(api, lead, assignee);
        }

        @Test
        void each_kind_is_written_once_per_event_and_address_and_never_to_the_comments_author() {
            assertThat(outbox(taskId)).containsExactly(assigneeEmail + " [Giao nhiệm vụ]");

            String otherEmail = address("thanh-vien-khac");
            String other = api.member(lead, otherEmail);
            ok(api.post(path("reassignments"), Map.of("toMemberId", other, "reason", "Phân công lại theo địa bàn")));
            String asOther[] = {"X-Actor", other, "X-Actor-Roles", "STEERING_MEMBER"};
            ok(api.post(path("extension-requests/" + requestExtension(asOther, "2026-07-31") + "/approval"), Map.of()));
            ok(api.post(path("extension-requests/" + requestExtension(asOther, "2026-08-31") + "/rejection"),
                    Map.of("reason", "Không có căn cứ gia hạn thêm")));
            ok(api.post(path("comments"), Map.of("text", "Đề nghị báo cáo kết quả trước ngày 15.")));
            ok(api.post(path("comments"), Map.of("text", "Đã tổ chức ở 3 chi bộ."), asOther));
            ok(api.post(path("comments"), Map.of("text", "Đơn vị đã nhận."), "X-Actor", "can-bo-btc",
                    "X-Actor-Roles", "UNIT_OFFICER", "X-Actor-Unit", lead));
            ok(api.post(path("urgings"), Map.of("message", "Đề nghị hoàn thành đúng hạn.")));

            assertThat(outbox(taskId)).containsExactly(
                    assigneeEmail + " [Giao nhiệm vụ]",
                    otherEmail + " [Giao lại nhiệm vụ]",
                    otherEmail + " [Gia hạn] được chấp thuận",
                    otherEmail + " [Gia hạn] không được chấp thuận",
                    otherEmail + " [Ý kiến]", UrgingApp.UNITS + " [Ý kiến]", // by the Organization Committee
                    UrgingApp.UNITS + " [Ý kiến]", // by the assignee: to the lead unit only
                    otherEmail + " [Ý kiến]", // by the lead unit's officer: to the assignee only
                    otherEmail + " [Đôn đốc]", UrgingApp.UNITS + " [Đôn đốc]");
        }

        @Test
        void a_sub_task_delegated_is_mailed_to_its_unit_and_its_assignee() {
            String wardEmail = address("phuong");
            String wardMember = api.member(ward, wardEmail);
            Answer delegated = api.post(path("sub-tasks"), Map.of("title", "Quán triệt ở các chi bộ trên địa bàn phường",
                    "expectedProduct", "Báo cáo", "leadUnitId", ward, "coordinatingUnitIds", List.of(),
                    "assigneeId", wardMember, "dueDate", "2026-06-15"));
            assertThat(delegated.status()).as(delegated.body().toString()).isEqualTo(201);

            assertThat(outbox(delegated.id())).containsExactlyInAnyOrder(
                    wardEmail + " [Giao nhiệm vụ]", UrgingApp.UNITS + " [Giao cho cấp dưới]");
        }

        @Test
        void an_event_handled_again_writes_no_second_notice() {
            EventMessage<TaskCommented> comment = GenericEventMessage.asEventMessage(new TaskCommented(taskId,
                    "comment-replayed", "Ý kiến", null, TestAccounts.ORGANIZATION_COMMITTEE, LocalDate.of(2026, 5, 4)));
            ConcernMail mail = app.bean(ConcernMail.class);

            mail.on(comment.getPayload(), comment);
            mail.on(comment.getPayload(), comment);

            assertThat(outbox(taskId)).containsExactly(assigneeEmail + " [Giao nhiệm vụ]",
                    assigneeEmail + " [Ý kiến]", UrgingApp.UNITS + " [Ý kiến]");
        }

        @Test
        void a_member_chooses_e_mail_per_kind_and_the_outbox_follows() {
            String[] asAssignee = {"X-Actor", assignee, "X-Actor-Roles", "STEERING_MEMBER"};
            assertThat(api.get("/api/notification-preferences", asAssignee).body().path("email").properties())
                    .as("every kind on by default").hasSize(ConcernKind.values().length)
                    .allSatisfy(kind -> assertThat(kind.getValue().asBoolean()).isTrue());

            Answer chosen = api.put("/api/notification-preferences", Map.of("email", Map.of("COMMENT", false,
                    "URGED", true)), asAssignee);
            assertThat(chosen.status()).as(chosen.body().toString()).isEqualTo(200);
            assertThat(chosen.body().path("email").path("COMMENT").asBoolean()).isFalse();
            assertThat(chosen.body().path("email").path("REASSIGNED").asBoolean()).as("left out: on").isTrue();
            ok(api.post(path("comments"), Map.of("text", "Đề nghị báo cáo kết quả.")));
            ok(api.post(path("urgings"), Map.of("message", "Đề nghị hoàn thành đúng hạn.")));

            assertThat(outbox(taskId)).containsExactly(assigneeEmail + " [Giao nhiệm vụ]",
                    UrgingApp.UNITS + " [Ý kiến]", assigneeEmail + " [Đôn đốc]", UrgingApp.UNITS + " [Đôn đốc]");
            assertThat(api.get("/api/notification-preferences").body().path("email").path("COMMENT").asBoolean())
                    .as("another user's own preferences").isTrue();
        }

        @Test
        void bad_preferences_are_refused_naming_the_field_and_the_rule_and_change_nothing() {
            String[] asAssignee = {"X-Actor", assignee, "X-Actor-Roles", "STEERING_MEMBER"};
            ok(api.put("/api/notification-preferences", Map.of("email", Map.of("COMMENT", false)), asAssignee));
            Map<String, Object> unset = new java.util.HashMap<>();
            unset.put("ASSIGNED", null);

            assertRefused(api.put("/api/notification-preferences", Map.of("email", Map.of("SMS", true)), asAssignee),
                    "unknown-kind", "email.SMS");
            assertRefused(api.put("/api/notification-preferences", Map.of("email", unset), asAssignee),
                    "required", "email.ASSIGNED");
            assertRefused(api.put("/api/notification-preferences", Map.of(), asAssignee), "required", "email");
            assertThat(api.get("/api/notification-preferences", asAssignee).body().path("email").path("COMMENT")
                    .asBoolean()).as("unchanged").isFalse();
        }

        private String requestExtension(String[] as, String dueDate) {
            Answer requested = api.post(path("extension-requests"), Map.of("requestedDueDate", dueDate,
                    "reason", "Chờ doanh nghiệp bố trí lịch"), as);
            assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
            String location = requested.header("Location");
            return location.substring(location.lastIndexOf('/') + 1);
        }

        private String path(String step) {
            return "/api/general-tasks/" + taskId + "/" + step;
        }

        /** The outbox's notices about the task, in order: the address and the subject's tag. */
        private List<String> outbox(String task) {
            return app.jdbc().sql("SELECT email, subject FROM command.urging_notice WHERE task_id = :id ORDER BY id")
                    .param("id", task)
                    .query((rs, row) -> rs.getString("email") + " " + tag(rs.getString("subject")))
                    .list();
        }

        private static String tag(String subject) {
            String tag = subject.substring(0, subject.indexOf(']') + 1);
            return tag.equals("[Gia hạn]") ? tag + (subject.contains("không được") ? " không được chấp thuận"
                    : " được chấp thuận") : tag;
        }
    }

    /**
     * What concerns a member reaches them over SMTP from the same outbox as urging (not in the
     * nested class: a nested class restarts the mail server extension on another port).
     */
    @Test
    void a_comment_is_mailed_to_the_assignee_without_its_words_and_its_delivery_is_recorded() throws Exception {
        CLOCK.set(LocalDateTime.of(2026, 5, 4, 9, 0));
        Api api = app.api();
        String lead = api.unit("Ban Tổ chức Tỉnh ủy", "ORGANIZATION_COMMITTEE");
        String assigneeEmail = address("thanh-vien");
        String taskId = openGeneralTask(api, lead, api.member(lead, assigneeEmail));
        ok(api.post("/api/general-tasks/" + taskId + "/comments", Map.of("text", "Đồng chí Nguyễn Văn A chưa nộp báo cáo.")));

        CLOCK.set(LocalDateTime.of(2026, 5, 4, 9, 5));
        sendEveryDueNotice();

        String expected = "[Ý kiến] Có ý kiến mới về nhiệm vụ \"Quán triệt Chỉ thị đến chi bộ doanh nghiệp\"";
        assertThat(allMailTo(assigneeEmail)).extracting(UrgingOverSmtpTest::subject)
                .containsExactlyInAnyOrder(expected, "[Giao nhiệm vụ] \"Quán triệt Chỉ thị đến chi bộ doanh nghiệp\", hạn 30/06/2026");
        MimeMessage comment = allMailTo(assigneeEmail).stream()
                .filter(m -> subject(m).equals(expected)).findFirst().orElseThrow();
        assertThat(decoded(comment)).contains("http://query.test/tasks/" + taskId, "-CT/")
                .doesNotContain("Nguyễn Văn A");
        assertThat(app.events(taskId)).filteredOn("UrgingNoticeDelivered"::equals)
                .as("the assignment's e-mail and the comment's two (assignee, lead unit)").hasSize(3);
        assertThat(app.sendDueNotices()).isZero();
        assertThat(allMailTo(assigneeEmail)).as("each sent once").hasSize(2);
    }

    /** A general task led by the unit, assigned to the member, due 30/06/2026; its id. */
    private static String openGeneralTask(Api api, String lead, String assignee) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("directiveId", api.directive(lead));
        header.put("pointNumber", 1);
        header.put("title", "Quán triệt Chỉ thị đến chi bộ doanh nghiệp");
        header.put("leadUnitId", lead);
        header.put("coordinatingUnitIds", List.of());
        header.put("assigneeId", assignee);
        header.put("dueDate", "2026-06-30");
        Answer opened = api.post("/api/general-tasks", Map.of("task", header, "expectedProduct", "Hội nghị"));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        return opened.id();
    }

    /** Sends in rounds (a round takes at most 50) until no notice is due. */
    private static void sendEveryDueNotice() {
        int rounds = 0;
        while (app.sendDueNotices() > 0) {
            assertThat(++rounds).as("the outbox drains").isLessThan(100);
        }
    }

    private static Answer ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isIn(200, 201);
        return answer;
    }

    private static void assertRefused(Answer answer, String rule, String field) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
        assertThat(answer.body().path("type").asString()).isEqualTo("urn:directives:problem:" + rule);
        assertThat(answer.body().path("errors").path(0).path("field").asString()).isEqualTo(field);
        assertThat(answer.body().path("errors").path(0).path("rule").asString()).isEqualTo(rule);
    }

    private static String address(String who) {
        return who + "-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + "@thainguyen.test";
    }

    /** The clock moves; the steps due by then are taken and their notices sent. */
    private static void at(LocalDateTime time) {
        CLOCK.set(time);
        app.runDueSteps();
        app.sendDueNotices();
    }

    /** Urging's e-mails (reminders, escalations) to the address; not those of an assignment or a comment. */
    private static List<MimeMessage> mailTo(String address) {
        return allMailTo(address).stream().filter(m -> subject(m).startsWith("[Đôn đốc]")
                || subject(m).startsWith("[Quá hạn]")).toList();
    }

    private static List<MimeMessage> allMailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Messages to a shared address about this task (other tests' tasks write there too). */
    private static List<MimeMessage> mailTo(String address, SurveyOnTheClock task) {
        return mailTo(address).stream().filter(m -> decoded(m).contains(task.taskId())).toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decoded(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
