package vn.directives.command.urging;

import vn.directives.command.calendar.WorkingDayCalendar;
import vn.directives.events.urging.UrgingPolicy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When each urging step of a due date falls, on the working-day calendar: reminders and
 * escalations at the configured hour of their day, the missed deadline at the end of the due
 * date (midnight). Escalations repeat every seven days after the first, moved to the next working
 * day when that day is off.
 */
final class UrgingPlan {

    private static final int WEEK = 7;

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final LocalTime sendAt;

    UrgingPlan(WorkingDayCalendar calendar, ZoneId zone, LocalTime sendAt) {
        this.calendar = calendar;
        this.zone = zone;
        this.sendAt = sendAt;
    }

    /**
     * The first step from {@code minOrdinal} on that is still worth taking at {@code now}: a
     * reminder or escalation whose time has passed is skipped (a late reminder helps no one),
     * the missed deadline never is (it is a fact the history must hold), and fires at once.
     */
    Optional<UrgingStep> next(LocalDate dueDate, UrgingPolicy policy, int minOrdinal, Instant now) {
        for (int ordinal = Math.max(minOrdinal, 0); ; ordinal++) {
            Optional<UrgingStep> step = step(dueDate, policy, ordinal);
            if (step.isEmpty()) {
                continue;
            }
            UrgingStep candidate = step.get();
            if (candidate.fireAt().isAfter(now)) {
                return step;
            }
            if (ordinal == UrgingStep.MISSED) {
                return Optional.of(new UrgingStep(dueDate, ordinal, candidate.on(), now, 0));
            }
        }
    }

    /** Step {@code ordinal} of the due date; empty for the reminder before it when the policy has none. */
    Optional<UrgingStep> step(LocalDate dueDate, UrgingPolicy policy, int ordinal) {
        return switch (ordinal) {
            case UrgingStep.REMIND_BEFORE -> policy.remindWorkingDaysBefore() == 0 ? Optional.empty()
                    : Optional.of(at(dueDate, ordinal, workingDaysBefore(dueDate, policy.remindWorkingDaysBefore()),
                    policy.remindWorkingDaysBefore()));
            case UrgingStep.REMIND_ON_DUE_DATE -> Optional.of(at(dueDate, ordinal, dueDate, 0));
            case UrgingStep.MISSED -> {
                LocalDate firstOverdue = dueDate.plusDays(1);
                yield Optional.of(new UrgingStep(dueDate, ordinal, firstOverdue,
                        firstOverdue.atStartOfDay(zone).toInstant(), 0));
            }
            default -> {
                int round = ordinal - UrgingStep.MISSED;
                LocalDate first = calendar.addWorkingDays(dueDate, policy.escalateAfterWorkingDays());
                LocalDate on = round == 1 ? first : workingDayOnOrAfter(first.plusDays((long) WEEK * (round - 1)));
                yield Optional.of(at(dueDate, ordinal, on, calendar.workingDaysBetween(dueDate, on)));
            }
        };
    }

    private UrgingStep at(LocalDate dueDate, int ordinal, LocalDate on, int workingDays) {
        return new UrgingStep(dueDate, ordinal, on, on.atTime(sendAt).atZone(zone).toInstant(), workingDays);
    }

    /** The working day {@code n} working days before {@code date}: {@code workingDaysBetween(result, date) == n}. */
    private LocalDate workingDaysBefore(LocalDate date, int n) {
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private LocalDate workingDayOnOrAfter(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
    }
}
