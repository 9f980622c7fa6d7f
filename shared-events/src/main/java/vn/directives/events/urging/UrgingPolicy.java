package vn.directives.events.urging;

/**
 * When a task's assignee is reminded and when a late task is escalated: a reminder
 * {@code remindWorkingDaysBefore} working days before the due date (none when 0) and one on the
 * due date; escalation once the task is {@code escalateAfterWorkingDays} working days overdue,
 * then every week until it is done or cancelled.
 */
public record UrgingPolicy(int remindWorkingDaysBefore, int escalateAfterWorkingDays) {

    public static final int MAX_WORKING_DAYS = 60;

    public UrgingPolicy {
        if (remindWorkingDaysBefore < 0 || remindWorkingDaysBefore > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("remindWorkingDaysBefore must be 0.." + MAX_WORKING_DAYS);
        }
        if (escalateAfterWorkingDays < 1 || escalateAfterWorkingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("escalateAfterWorkingDays must be 1.." + MAX_WORKING_DAYS);
        }
    }
}
