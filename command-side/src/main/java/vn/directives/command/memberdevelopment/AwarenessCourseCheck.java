package vn.directives.command.memberdevelopment;

import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.events.trainingcourse.CourseKind;

import java.time.LocalDate;

/**
 * A candidate passed the awareness course only if that course says so: it is a Party awareness
 * course (lớp bồi dưỡng nhận thức về Đảng) and its latest result for the candidate's reference is a
 * pass. Returns the date of that result.
 */
final class AwarenessCourseCheck {

    static final String FIELD = "trainingCourseId";

    private AwarenessCourseCheck() {
    }

    static LocalDate passedOn(String trainingCourseId, String candidateRef, CandidateFacts facts) {
        Rules.requireText(trainingCourseId, FIELD);
        CourseKind kind = facts.courseKind(trainingCourseId).orElseThrow(() -> RuleViolation.invalid(
                "unknown-training-course", FIELD, "Không có lớp bồi dưỡng mã này.", "No training course has this id."));
        if (kind != CourseKind.PARTY_AWARENESS) {
            throw RuleViolation.invalid("not-awareness-course", FIELD,
                    "Lớp này không phải lớp bồi dưỡng nhận thức về Đảng.",
                    "This course is not a Party awareness course.");
        }
        CandidateFacts.CourseResult result = facts.result(trainingCourseId, candidateRef)
                .orElseThrow(() -> RuleViolation.refused("course-result-missing", FIELD,
                        "Lớp chưa ghi nhận kết quả của quần chúng này.",
                        "The course has recorded no result for this candidate."));
        if (!result.passed()) {
            throw RuleViolation.refused("course-not-passed", FIELD,
                    "Theo kết quả lớp đã ghi nhận, quần chúng này không đạt yêu cầu.",
                    "The course recorded that this candidate did not pass.");
        }
        return result.recordedOn();
    }
}
