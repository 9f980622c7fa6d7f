package vn.directives.command.urging;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no mail server reachable the step is still recorded and its notice waits in the outbox;
 * it is tried again after the backoff and sent once the server is there. The address never
 * reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoticeRetryTest {

    @Test
    void a_notice_that_cannot_be_sent_is_retried_after_a_minute_and_then_delivered(CapturedOutput output)
            throws IOException {
        int port = freePort();
        MovableClock clock = new MovableClock(LocalDateTime.of(2026, 2, 2, 9, 0));
        try (UrgingApp app = new UrgingApp(clock, port)) {
            SurveyOnTheClock task = SurveyOnTheClock.open(app.api(), LocalDate.of(2026, 3, 6));

            clock.set(LocalDateTime.of(2026, 3, 3, 8, 0));
            app.runDueSteps();
            assertThat(app.sendDueNotices()).isZero();
            assertThat(app.events(task.taskId())).contains("TaskReminderIssued").doesNotContain("UrgingNoticeDelivered");
            assertThat(notice(app, task)).containsEntry("attempts", 1).containsEntry("last_error", "MailSendException");

            GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try {
                clock.set(LocalDateTime.of(2026, 3, 3, 8, 0, 59));
                assertThat(app.sendDueNotices()).as("still waiting for its next attempt").isZero();
                clock.set(LocalDateTime.of(2026, 3, 3, 8, 1, 0));
                // the outbox is shared with other classes' applications: count what reached this task's member
                assertThat(app.sendDueNotices()).as("the reminder and the assignment's e-mail, at least")
                        .isGreaterThanOrEqualTo(2);
                assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> addressedTo(m, task.email())))
                        .as("the reminder and the assignment's e-mail").hasSize(2);
            } finally {
                smtp.stop();
            }
            assertThat(notice(app, task)).containsEntry("attempts", 2);
            assertThat(app.jdbc().sql("""
                            SELECT convert_from(payload, 'UTF8')::jsonb ->> 'attempts' FROM events.domain_event_entry
                             WHERE aggregate_identifier = :id AND payload_type LIKE '%UrgingNoticeDelivered'""")
                    .param("id", task.taskId()).query(String.class).list()).containsExactly("2", "2");
            assertThat(output.getAll()).contains("not sent (attempt 1, MailSendException)");
            assertThat(output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail")))
                    .as("the application's log lines (the test's mail server logs its users)")
                    .noneMatch(line -> line.contains(task.email()));
        }
    }

    private static Map<String, Object> notice(UrgingApp app, SurveyOnTheClock task) {
        return app.jdbc().sql("""
                        SELECT attempts, last_error FROM command.urging_notice
                         WHERE task_id = :id AND subject LIKE '[Đôn đốc]%'""")
                .param("id", task.taskId()).query().singleRow();
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            return message.getAllRecipients()[0].toString().equals(email);
        } catch (MessagingException unreadable) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
