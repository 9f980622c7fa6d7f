package vn.directives.query.timeline;

import vn.directives.events.trainingcourse.CourseKind;
import vn.directives.events.trainingcourse.ParticipantResult;
import vn.directives.events.trainingcourse.ParticipantResultsRecorded;
import vn.directives.events.trainingcourse.ParticipantWithdrawn;
import vn.directives.events.trainingcourse.ParticipantsEnrolled;
import vn.directives.events.trainingcourse.TrainingCourseClosed;
import vn.directives.events.trainingcourse.TrainingCourseOpened;
import vn.directives.events.trainingcourse.TrainingCoursePlanned;
import vn.directives.events.trainingcourse.WithdrawalReason;

import java.util.function.Predicate;

import static vn.directives.query.timeline.Wording.date;
import static vn.directives.query.timeline.Wording.en;
import static vn.directives.query.timeline.Wording.vi;

/**
 * Sentences of a training course's own steps (lớp bồi dưỡng). Participants are counted; a single
 * one appears by the pseudonymous reference the event carries.
 */
final class TrainingCourseSentences {

    private TrainingCourseSentences() {
    }

    static void addTo(TimelineSentences sentences) {
        sentences.add(TrainingCoursePlanned.class, e -> new WhatChanged(e.openedOn(),
                "Lập kế hoạch %s do %s tổ chức, từ %s đến %s, tối đa %s học viên: %s".formatted(
                        courseVi(e.courseKind()), NamedIds.unit(e.organizerUnitId()), date(e.plannedStart()), date(e.plannedEnd()),
                        vi(e.capacity()), TaskSentences.headerVi(e.task())),
                "Planned a %s organized by %s, %s to %s, for up to %s: %s".formatted(
                        courseEn(e.courseKind()), NamedIds.unit(e.organizerUnitId()), date(e.plannedStart()), date(e.plannedEnd()),
                        en(e.capacity(), "participant", "participants"), TaskSentences.headerEn(e.task()))));
        sentences.add(ParticipantsEnrolled.class, e -> new WhatChanged(e.effectiveOn(),
                "Ghi danh %s học viên".formatted(vi(e.participants().size())),
                "%s enrolled".formatted(en(e.participants().size(), "participant", "participants"))));
        sentences.add(ParticipantWithdrawn.class, e -> new WhatChanged(e.effectiveOn(),
                "Rút học viên %s khỏi lớp (%s)".formatted(e.participantRef(), withdrawalVi(e.reason())),
                "Participant %s withdrawn from the course (%s)".formatted(e.participantRef(), withdrawalEn(e.reason()))));
        sentences.add(TrainingCourseOpened.class, e -> new WhatChanged(e.effectiveOn(),
                "Khai giảng lớp ngày %s".formatted(date(e.effectiveOn())),
                "Course opened on %s".formatted(date(e.effectiveOn()))));
        sentences.add(ParticipantResultsRecorded.class, e -> new WhatChanged(e.effectiveOn(),
                "Ghi nhận kết quả của %s học viên: %s tham dự, %s đạt yêu cầu, %s được cấp giấy chứng nhận".formatted(
                        vi(e.results().size()), vi(count(e, ParticipantResult::attended)),
                        vi(count(e, ParticipantResult::passed)), vi(count(e, ParticipantResult::certificateIssued))),
                "Results recorded for %s: %s attended, %s passed, %s issued".formatted(
                        en(e.results().size(), "participant", "participants"), en(count(e, ParticipantResult::attended)),
                        en(count(e, ParticipantResult::passed)),
                        en(count(e, ParticipantResult::certificateIssued), "certificate", "certificates"))));
        sentences.add(TrainingCourseClosed.class, e -> new WhatChanged(e.effectiveOn(),
                "Bế giảng lớp: %s học viên ghi danh, %s được bồi dưỡng, %s đạt yêu cầu, %s được cấp giấy chứng nhận"
                        .formatted(vi(e.enrolled()), vi(e.trained()), vi(e.passed()), vi(e.certificates())),
                "Course closed: %s enrolled, %s trained, %s passed, %s issued".formatted(en(e.enrolled()),
                        en(e.trained()), en(e.passed()), en(e.certificates(), "certificate", "certificates"))));
    }

    private static int count(ParticipantResultsRecorded event, Predicate<ParticipantResult> which) {
        return (int) event.results().stream().filter(which).count();
    }

    private static String courseVi(CourseKind kind) {
        return switch (kind) {
            case PARTY_WORK_SKILLS -> "lớp bồi dưỡng nghiệp vụ công tác đảng";
            case PARTY_AWARENESS -> "lớp bồi dưỡng nhận thức về Đảng";
            case NEW_MEMBER -> "lớp bồi dưỡng đảng viên mới";
            case ELEMENTARY_POLITICAL_THEORY -> "lớp sơ cấp lý luận chính trị";
        };
    }

    private static String courseEn(CourseKind kind) {
        return switch (kind) {
            case PARTY_WORK_SKILLS -> "Party-work skills course";
            case PARTY_AWARENESS -> "Party awareness course";
            case NEW_MEMBER -> "new-member course";
            case ELEMENTARY_POLITICAL_THEORY -> "elementary political theory course";
        };
    }

    private static String withdrawalVi(WithdrawalReason reason) {
        return switch (reason) {
            case REQUESTED_BY_PARTICIPANT -> "theo đề nghị của học viên";
            case RECALLED_BY_UNIT -> "đơn vị điều động công tác khác";
            case REPLACED -> "đơn vị cử người khác thay";
            case OTHER -> "lý do khác";
        };
    }

    private static String withdrawalEn(WithdrawalReason reason) {
        return switch (reason) {
            case REQUESTED_BY_PARTICIPANT -> "at the participant's request";
            case RECALLED_BY_UNIT -> "recalled by their unit";
            case REPLACED -> "replaced by someone else from their unit";
            case OTHER -> "other reason";
        };
    }
}
