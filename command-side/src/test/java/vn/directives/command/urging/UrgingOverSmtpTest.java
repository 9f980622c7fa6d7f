package vn.directives.command.urging;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
                "http://query.test/api/tasks/" + task.taskId());
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

    /** The clock moves; the steps due by then are taken and their notices sent. */
    private static void at(LocalDateTime time) {
        CLOCK.set(time);
        app.runDueSteps();
        app.sendDueNotices();
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
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
