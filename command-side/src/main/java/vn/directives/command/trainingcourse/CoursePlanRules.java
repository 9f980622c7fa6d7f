package vn.directives.command.trainingcourse;

import vn.directives.command.common.RuleViolation;

import java.time.LocalDate;

/**
 * What a course plan must satisfy. Only impossible plans are refused: the usual lengths of each
 * kind (2–3 days, 5 lessons, about a month) are customs, not limits, since part-time formats
 * spread the lessons over weeks; but no format of any kind lasts a year, so such a plan is a
 * typing error.
 */
final class CoursePlanRules {

    static final int MIN_CAPACITY = 1;
    static final int MAX_CAPACITY = 500;

    private CoursePlanRules() {
    }

    static void check(LocalDate plannedStart, LocalDate plannedEnd, int capacity) {
        if (plannedEnd.isBefore(plannedStart)) {
            throw RuleViolation.invalid("course-dates-order", "plannedEnd",
                    "Ngày kết thúc lớp không được trước ngày khai giảng.",
                    "The course cannot end before it starts.");
        }
        if (!plannedEnd.isBefore(plannedStart.plusYears(1))) {
            throw RuleViolation.invalid("course-too-long", "plannedEnd",
                    "Lớp bồi dưỡng không kéo dài đến một năm; kiểm tra lại ngày kết thúc.",
                    "No training course lasts a year; check the end date.");
        }
        if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
            throw RuleViolation.invalid("capacity-range", "capacity",
                    "Sĩ số tối đa của lớp phải từ " + MIN_CAPACITY + " đến " + MAX_CAPACITY + " học viên.",
                    "The capacity must be between " + MIN_CAPACITY + " and " + MAX_CAPACITY + " participants.");
        }
    }
}
