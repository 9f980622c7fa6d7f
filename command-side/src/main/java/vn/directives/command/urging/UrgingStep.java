package vn.directives.command.urging;

import vn.directives.events.urging.TaskDeadlineMissed;
import vn.directives.events.urging.TaskEscalated;
import vn.directives.events.urging.TaskReminderIssued;
import vn.directives.events.urging.UrgingEvent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a task's urging, the payload of its deadline. Steps of one due date are numbered:
 * 0 the reminder before the due date, 1 the reminder on it, 2 the missed deadline, 3 and on the
 * escalations (round = ordinal - 2). A task takes each step of a due date once, in this order.
 *
 * @param workingDays working days left before the due date (reminders) or overdue (escalations)
 */
public record UrgingStep(LocalDate dueDate, int ordinal, LocalDate on, Instant fireAt, int workingDays) {

    /** The name of every urging deadline. */
    public static final String DEADLINE = "urging";
    public static final int REMIND_BEFORE = 0;
    public static final int REMIND_ON_DUE_DATE = 1;
    public static final int MISSED = 2;
    public static final int FIRST_ESCALATION = 3;

    /** The event a task records when it takes this step. */
    public UrgingEvent event(String taskId, String assigneeId, String leadUnitId) {
        if (ordinal < MISSED) {
            return new TaskReminderIssued(taskId, noticeId(taskId), assigneeId, dueDate, workingDays, on);
        }
        if (ordinal == MISSED) {
            return new TaskDeadlineMissed(taskId, assigneeId, dueDate, on);
        }
        return new TaskEscalated(taskId, noticeId(taskId), assigneeId, leadUnitId, dueDate, workingDays,
                ordinal - MISSED, on);
    }

    /** The step an urging event records, by its ordinal; -1 for events that are no step. */
    public static int ordinalOf(UrgingEvent event) {
        if (event instanceof TaskReminderIssued reminder) {
            return reminder.workingDaysLeft() > 0 ? REMIND_BEFORE : REMIND_ON_DUE_DATE;
        }
        if (event instanceof TaskDeadlineMissed) {
            return MISSED;
        }
        return event instanceof TaskEscalated escalation ? MISSED + escalation.round() : -1;
    }

    /** One notice per task, due date and step: the same step taken twice names the same notice. */
    private String noticeId(String taskId) {
        return taskId + "/" + dueDate + "/" + ordinal;
    }
}
