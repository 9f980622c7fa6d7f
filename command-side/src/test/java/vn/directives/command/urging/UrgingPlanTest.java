package vn.directives.command.urging;

import org.junit.jupiter.api.Test;
import vn.directives.command.calendar.WorkingDayCalendar;
import vn.directives.events.urging.UrgingPolicy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directives.command.urging.MovableClock.HANOI;

/** When each step of a due date falls on the bundled working-day calendar. */
class UrgingPlanTest {

    private static final UrgingPlan PLAN = new UrgingPlan(WorkingDayCalendar.bundled(), HANOI, LocalTime.of(8, 0));
    private static final UrgingPolicy DEFAULT = new UrgingPolicy(3, 5);
    /** Tuesday 24/2/2026, after Tết Bính Ngọ (Monday 16 to Friday 20/2/2026 off). */
    private static final LocalDate AFTER_TET = LocalDate.of(2026, 2, 24);

    @Test
    void the_reminder_before_the_due_date_moves_back_by_the_working_days_of_tet() {
        assertThat(PLAN.step(AFTER_TET, DEFAULT, UrgingStep.REMIND_BEFORE).orElseThrow().on())
                .as("23/2, then Tết and the weekend, then 13/2 and 12/2")
                .isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(PLAN.step(LocalDate.of(2026, 3, 24), DEFAULT, UrgingStep.REMIND_BEFORE).orElseThrow().on())
                .as("the same Tuesday a month later, no holiday: Thursday before")
                .isEqualTo(LocalDate.of(2026, 3, 19));
    }

    @Test
    void reminders_and_escalations_go_out_at_eight_and_the_deadline_is_missed_at_midnight() {
        assertThat(PLAN.step(AFTER_TET, DEFAULT, UrgingStep.REMIND_ON_DUE_DATE).orElseThrow().fireAt())
                .isEqualTo(LocalDateTime.of(2026, 2, 24, 8, 0).atZone(HANOI).toInstant());
        UrgingStep missed = PLAN.step(AFTER_TET, DEFAULT, UrgingStep.MISSED).orElseThrow();
        assertThat(missed.fireAt()).isEqualTo(LocalDateTime.of(2026, 2, 25, 0, 0).atZone(HANOI).toInstant());
        assertThat(missed.on()).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void escalation_starts_after_m_working_days_and_repeats_weekly_on_working_days() {
        LocalDate beforeTet = LocalDate.of(2026, 2, 9);
        UrgingStep first = PLAN.step(beforeTet, DEFAULT, UrgingStep.FIRST_ESCALATION).orElseThrow();
        assertThat(first.on()).as("10–13/2 and, after Tết, 23/2").isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(first.workingDays()).isEqualTo(5);
        UrgingStep second = PLAN.step(beforeTet, DEFAULT, UrgingStep.FIRST_ESCALATION + 1).orElseThrow();
        assertThat(second.on()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(second.workingDays()).isEqualTo(10);

        LocalDate beforeNationalDay = LocalDate.of(2026, 8, 17);
        assertThat(PLAN.step(beforeNationalDay, DEFAULT, UrgingStep.FIRST_ESCALATION).orElseThrow().on())
                .as("18–21/8 and Saturday 22/8, worked in exchange for 31/8")
                .isEqualTo(LocalDate.of(2026, 8, 22));
        assertThat(PLAN.step(beforeNationalDay, DEFAULT, UrgingStep.FIRST_ESCALATION + 1).orElseThrow().on())
                .as("a week later is Saturday 29/8, then 31/8–2/9 are off: Thursday 3/9")
                .isEqualTo(LocalDate.of(2026, 9, 3));
    }

    @Test
    void a_policy_without_an_early_reminder_starts_on_the_due_date() {
        assertThat(PLAN.step(AFTER_TET, new UrgingPolicy(0, 5), UrgingStep.REMIND_BEFORE)).isEmpty();
        assertThat(PLAN.next(AFTER_TET, new UrgingPolicy(0, 5), 0, at(2026, 1, 5, 9)).orElseThrow().ordinal())
                .isEqualTo(UrgingStep.REMIND_ON_DUE_DATE);
    }

    @Test
    void reminders_whose_time_has_passed_are_skipped_but_the_missed_deadline_is_recorded_at_once() {
        Instant now = at(2026, 3, 1, 10);
        UrgingStep next = PLAN.next(AFTER_TET, DEFAULT, 0, now).orElseThrow();
        assertThat(next.ordinal()).isEqualTo(UrgingStep.MISSED);
        assertThat(next.fireAt()).isEqualTo(now);
        assertThat(PLAN.next(AFTER_TET, DEFAULT, UrgingStep.MISSED + 1, now).orElseThrow().on())
                .isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void a_long_overdue_task_is_escalated_on_its_next_weekly_day() {
        UrgingStep next = PLAN.next(AFTER_TET, DEFAULT, UrgingStep.MISSED + 1, at(2026, 4, 1, 10)).orElseThrow();
        assertThat(next.on()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(next.ordinal() - UrgingStep.MISSED).as("round").isEqualTo(6);
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(HANOI).toInstant();
    }
}
