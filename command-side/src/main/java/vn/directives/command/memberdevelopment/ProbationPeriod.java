package vn.directives.command.memberdevelopment;

import vn.directives.command.common.RuleViolation;

import java.time.LocalDate;

/**
 * A probationary member is recognized official after a probation of twelve months from admission
 * (Party Charter, art. 5): on the same day of the month a year later, or any day after. Member
 * development's recognition and the Party members' roster both follow this one rule.
 */
public final class ProbationPeriod {

    static final int MONTHS = 12;

    private ProbationPeriod() {
    }

    static LocalDate endsOn(LocalDate admittedOn) {
        return admittedOn.plusMonths(MONTHS);
    }

    public static boolean isOver(LocalDate admittedOn, LocalDate recognizedOn) {
        return !recognizedOn.isBefore(endsOn(admittedOn));
    }

    static void requireOver(LocalDate admittedOn, LocalDate recognizedOn) {
        if (!isOver(admittedOn, recognizedOn)) {
            throw tooEarly(admittedOn, "effectiveOn");
        }
    }

    /** The refusal of a recognition before the twelve months are over, naming {@code field}. */
    public static RuleViolation tooEarly(LocalDate admittedOn, String field) {
        LocalDate due = endsOn(admittedOn);
        return RuleViolation.refused("probation-twelve-months", field,
                "Chưa đủ 12 tháng dự bị (kết nạp ngày " + admittedOn + "); chỉ công nhận chính thức từ ngày "
                        + due + ".",
                "The twelve months of probation (admitted " + admittedOn + ") end on " + due
                        + "; recognition cannot be earlier.");
    }
}
