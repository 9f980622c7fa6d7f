package vn.directives.command.urging;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production mode: the scheduler polls and the sender sends by themselves. The clock is moved
 * past the reminder and the test polls for the mail (the polling intervals are short here; the
 * reminder itself is weeks away on the clock, never waited for).
 */
class PollingSchedulerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @Test
    void the_polling_scheduler_takes_a_due_step_and_the_sender_mails_it_without_being_asked() throws Exception {
        MovableClock clock = new MovableClock(LocalDateTime.of(2026, 2, 2, 9, 0));
        try (UrgingApp app = new UrgingApp(clock, SMTP.getSmtp().getPort(), "--directives.urging.run-scheduler=true",
                "--directives.urging.polling-interval=200ms", "--directives.urging.send-interval=200ms")) {
            SurveyOnTheClock task = SurveyOnTheClock.open(app.api(), LocalDate.of(2026, 3, 6));
            clock.set(LocalDateTime.of(2026, 3, 3, 8, 0));

            // the sender mails whatever the shared outbox holds (other classes' notices too): wait for this reminder
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (Arrays.stream(SMTP.getReceivedMessages()).noneMatch(m -> isReminderTo(m, task.email()))
                    && System.nanoTime() < deadline) {
                SMTP.waitForIncomingEmail(200, SMTP.getReceivedMessages().length + 1);
            }
            assertThat(SMTP.getReceivedMessages()).anySatisfy(m -> {
                assertThat(m.getSubject()).startsWith("[Đôn đốc]");
                assertThat(m.getAllRecipients()[0].toString()).isEqualTo(task.email());
            });
        }
    }

    private static boolean isReminderTo(MimeMessage message, String email) {
        try {
            return message.getSubject().startsWith("[Đôn đốc]")
                    && message.getAllRecipients()[0].toString().equals(email);
        } catch (MessagingException unreadable) {
            return false;
        }
    }
}
