package vn.directives.command.memberdevelopment;

import vn.directives.command.common.RuleViolation;

/**
 * A candidate is admitted only after passing the awareness course, unless the rule is relaxed for
 * them with a reason the admission records (e.g. a course not yet held in the locality and a
 * decision of the committee). Returns the reason to record, null when the course was passed.
 */
final class CourseRequirement {

    static final String FIELD = "courseWaiverReason";

    private CourseRequirement() {
    }

    static String waiverFor(boolean coursePassed, String courseWaiverReason) {
        if (coursePassed) {
            return null;
        }
        if (courseWaiverReason == null || courseWaiverReason.isBlank()) {
            throw RuleViolation.refused("awareness-course-required", FIELD,
                    "Quần chúng chưa học lớp bồi dưỡng nhận thức về Đảng; chỉ kết nạp khi nêu lý do miễn.",
                    "The candidate has not passed the Party awareness course; admission needs a reason to waive it.");
        }
        return courseWaiverReason.strip();
    }
}
