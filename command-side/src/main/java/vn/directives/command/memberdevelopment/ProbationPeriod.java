package vn.directives.command.memberdevelopment;

import vn.directives.command.common.RuleViolation;

import java.time.LocalDate;

/**
 * A probationary member is recognized official after a probation of twelve months from admission
 * (Party Charter, art. 5): on the same day of the month a year later, or any day after.
 */
final class ProbationPeriod {

    static final int MONTHS = 12;

    private ProbationPeriod() {
    }

    static LocalDate endsOn(LocalDate admittedOn) {
        return admittedOn.plusMonths(MONTHS);
    }

    static void requireOver(LocalDate admittedOn, LocalDate recognizedOn) {
        LocalDate due = endsOn(admittedOn);
        if (recognizedOn.isBefore(due)) {
            throw RuleViolation.refused("probation-twelve-months", "effectiveOn",
                    "Chưa đủ 12 tháng dự bị (kết nạp ngày " + admittedOn + "); chỉ công nhận chính thức từ ngày "
                            + due + ".",
                    "The twelve months of probation (admitted " + admittedOn + ") end on " + due
                            + "; recognition cannot be earlier.");
        }
    }
}
