package vn.directives.command.urging;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.directives.command.support.Api.Answer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * If-Match conflicts only with what users changed: the service's own urging (a reminder, the
 * missed deadline, an escalation and their deliveries) moves the task's version but does not make
 * a user's ETag stale; another user's step does, and the 412 then carries the current ETag.
 */
class IfMatchAcrossUrgingTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

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
    void a_step_read_before_urging_fired_succeeds_and_a_step_after_another_users_change_answers_412_with_the_etag() {
        CLOCK.set(LocalDateTime.of(2026, 1, 5, 9, 0));
        SurveyOnTheClock task = SurveyOnTheClock.open(app.api(), DUE);
        String path = "/api/surveys/" + task.taskId();
        String read = app.api().post(path + "/urging-policy",
                Map.of("remindWorkingDaysBefore", 3, "escalateAfterWorkingDays", 5)).etag();

        // a reminder, the missed deadline and an escalation fire (with the deliveries of their notices)
        at(LocalDateTime.of(2026, 2, 12, 8, 0));
        at(LocalDateTime.of(2026, 2, 24, 8, 0));
        at(LocalDateTime.of(2026, 2, 25, 0, 0));
        at(LocalDateTime.of(2026, 3, 2, 8, 0));
        at(LocalDateTime.of(2026, 3, 3, 8, 0));
        assertThat(app.events(task.taskId())).contains("TaskReminderIssued", "TaskDeadlineMissed", "TaskEscalated",
                "UrgingNoticeDelivered");
        long current = app.events(task.taskId()).size() - 1;
        assertThat(version(read)).as("urging moved the version").isLessThan(current);

        Answer step = app.api().post(path + "/extension-requests", Map.of("requestedDueDate", "2026-04-10",
                "reason", "Doanh nghiệp chưa bố trí được lịch làm việc"), "If-Match", read);
        assertThat(step.status()).as(step.body().toString()).isEqualTo(201);
        assertThat(version(step.etag())).isEqualTo(current + 1);

        // another user reassigns the task after this one read it: now the read is stale
        String other = app.api().member(task.unitId(), "other-" + task.email());
        Answer reassigned = app.api().post(path + "/reassignments", Map.of("toMemberId", other,
                "reason", "Phân công lại theo địa bàn"), "If-Match", step.etag());
        assertThat(reassigned.status()).as(reassigned.body().toString()).isEqualTo(200);
        int stored = app.events(task.taskId()).size();

        Answer stale = app.api().post(path + "/cancellation", Map.of("reason", "Trùng nhiệm vụ"),
                "If-Match", step.etag());

        assertThat(stale.status()).as(stale.body().toString()).isEqualTo(412);
        assertThat(stale.body().path("type").asString()).isEqualTo("urn:directives:problem:stale-version");
        assertThat(stale.etag()).as("the current ETag").isEqualTo(reassigned.etag());
        assertThat(app.events(task.taskId())).hasSize(stored);

        // the current ETag the 412 named is what the next step needs
        Answer retried = app.api().post(path + "/cancellation", Map.of("reason", "Trùng nhiệm vụ"),
                "If-Match", stale.etag());
        assertThat(retried.status()).as(retried.body().toString()).isEqualTo(200);
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("\"", ""));
    }

    private static void at(LocalDateTime time) {
        CLOCK.set(time);
        app.runDueSteps();
        app.sendDueNotices();
    }
}
