package vn.directives.command.membertransfer;

import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.WorkingDays;
import vn.directives.events.membertransfer.Timeliness;

import java.time.LocalDate;

/**
 * A limit of some working days from a start date. A step taken after it is not refused, since the
 * member's transfer must still go on; it is recorded as late, and only with the reason why.
 */
final class WorkingDayLimit {

    private WorkingDayLimit() {
    }

    static Timeliness judge(WorkingDays calendar, LocalDate from, int limit, LocalDate on, String lateReason) {
        LocalDate dueBy = calendar.addWorkingDays(from, limit);
        int daysLate = Math.max(0, calendar.workingDaysBetween(dueBy, on));
        if (daysLate == 0) {
            return new Timeliness(dueBy, 0, null);
        }
        if (lateReason == null || lateReason.isBlank()) {
            throw RuleViolation.invalid("lateness-needs-reason", "lateReason",
                    "Bước này trễ " + daysLate + " ngày làm việc so với thời hạn " + limit
                            + " ngày làm việc (hạn cuối " + dueBy + "); phải nêu lý do chậm.",
                    "This step is " + daysLate + " working days past its limit of " + limit
                            + " working days (last day " + dueBy + "); give the reason for the delay.");
        }
        return new Timeliness(dueBy, daysLate, lateReason);
    }
}
