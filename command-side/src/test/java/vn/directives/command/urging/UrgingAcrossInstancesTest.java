package vn.directives.command.urging;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines are kept in PostgreSQL: one scheduled before a restart fires after it, once; with
 * two command-side instances on one database, each step is taken and each notice sent once.
 */
class UrgingAcrossInstancesTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    /** Friday 6/3/2026; its reminder 3 working days before is Tuesday 3/3. */
    private static final LocalDate DUE = LocalDate.of(2026, 3, 6);

    @Test
    void a_deadline_scheduled_before_a_restart_fires_after_it_once() {
        MovableClock clock = new MovableClock(LocalDateTime.of(2026, 2, 2, 9, 0));
        SurveyOnTheClock task;
        try (UrgingApp before = new UrgingApp(clock, SMTP.getSmtp().getPort())) {
            task = SurveyOnTheClock.open(before.api(), DUE);
            assertThat(scheduled(before, task)).isEqualTo(1);
        }
        try (UrgingApp after = new UrgingApp(clock, SMTP.getSmtp().getPort())) {
            clock.set(LocalDateTime.of(2026, 3, 3, 8, 0));
            after.runDueSteps();
            after.runDueSteps();
            after.sendDueNotices();
            after.sendDueNotices();

            assertThat(after.events(task.taskId())).containsOnlyOnce("TaskReminderIssued")
                    .as("the assignment's e-mail and the reminder's, each delivered once")
                    .filteredOn("UrgingNoticeDelivered"::equals).hasSize(2);
            assertThat(mailTo(task.email())).hasSize(1);
            assertThat(scheduled(after, task)).as("the next step, on the due date").isEqualTo(1);
        }
    }

    @Test
    void two_instances_on_one_database_take_each_step_and_send_each_notice_once() throws Exception {
        MovableClock clock = new MovableClock(LocalDateTime.of(2026, 2, 2, 9, 0));
        try (UrgingApp first = new UrgingApp(clock, SMTP.getSmtp().getPort());
             UrgingApp second = new UrgingApp(clock, SMTP.getSmtp().getPort())) {
            SurveyOnTheClock task = SurveyOnTheClock.open(first.api(), DUE);

            for (LocalDateTime time : List.of(LocalDateTime.of(2026, 3, 3, 8, 0), LocalDateTime.of(2026, 3, 6, 8, 0),
                    LocalDateTime.of(2026, 3, 7, 0, 0), LocalDateTime.of(2026, 3, 13, 8, 0))) {
                clock.set(time);
                together(first::runDueSteps, second::runDueSteps);
                together(first::sendDueNotices, second::sendDueNotices);
            }

            assertThat(first.events(task.taskId())).filteredOn(type -> !type.startsWith("Survey")).containsExactly(
                    "TaskReminderIssued", "UrgingNoticeDelivered", "UrgingNoticeDelivered", // and the assignment's
                    "TaskReminderIssued", "UrgingNoticeDelivered",
                    "TaskDeadlineMissed",
                    "TaskEscalated", "UrgingNoticeDelivered", "UrgingNoticeDelivered");
            assertThat(mailTo(task.email())).hasSize(2);
        }
    }

    /** Runs both at the same moment, on two threads, and waits for both. */
    private static void together(Runnable one, Runnable other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> awaitThen(start, one));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> awaitThen(start, other));
        CompletableFuture.allOf(a, b).get();
    }

    private static void awaitThen(CyclicBarrier start, Runnable action) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        action.run();
    }

    private static int scheduled(UrgingApp app, SurveyOnTheClock task) {
        return app.jdbc().sql("""
                        SELECT count(*) FROM command.scheduled_tasks s
                          JOIN command.urging_task t ON t.deadline_id = s.task_instance
                         WHERE t.task_id = :taskId""")
                .param("taskId", task.taskId()).query(Integer.class).single();
    }

    /** Urging's e-mails to the address (not the assignment's). */
    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().startsWith("[Đôn đốc]")
                        && Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
