package vn.directives.command.urging;

import vn.directives.command.common.RuleViolation;
import vn.directives.events.urging.UrgingPolicy;

/** An urging policy as a user asks for it, refused with the field named when out of range. */
public final class UrgingPolicies {

    private UrgingPolicies() {
    }

    public static UrgingPolicy of(int remindWorkingDaysBefore, int escalateAfterWorkingDays) {
        requireWorkingDays(remindWorkingDaysBefore, 0, "remindWorkingDaysBefore");
        requireWorkingDays(escalateAfterWorkingDays, 1, "escalateAfterWorkingDays");
        return new UrgingPolicy(remindWorkingDaysBefore, escalateAfterWorkingDays);
    }

    private static void requireWorkingDays(int value, int min, String field) {
        if (value < min || value > UrgingPolicy.MAX_WORKING_DAYS) {
            throw RuleViolation.invalid("working-days-range", field,
                    "Số ngày làm việc phải từ %d đến %d.".formatted(min, UrgingPolicy.MAX_WORKING_DAYS),
                    "The number of working days must be %d to %d.".formatted(min, UrgingPolicy.MAX_WORKING_DAYS));
        }
    }
}
