package vn.directives.query.taskboard;

import vn.directives.events.cellestablishment.CellEstablishmentAbandoned;
import vn.directives.events.cellestablishment.CellEstablishmentCompleted;
import vn.directives.events.cellestablishment.EstablishmentAnnounced;
import vn.directives.events.cellestablishment.EstablishmentDecisionIssued;
import vn.directives.events.cellestablishment.EstablishmentProposalSubmitted;
import vn.directives.events.cellestablishment.MemberPoolConfirmed;
import vn.directives.events.cellestablishment.MembersIntroducedToExistingOrganization;
import vn.directives.events.cellestablishment.OwnerEngaged;
import vn.directives.events.generaltask.GeneralTaskCompleted;
import vn.directives.events.generaltask.ProgressReported;
import vn.directives.events.membertransfer.IntroductionLetterAccepted;
import vn.directives.events.membertransfer.IntroductionLetterIssued;
import vn.directives.events.membertransfer.MemberTransferCompleted;
import vn.directives.events.membertransfer.MemberTransferReturned;
import vn.directives.events.membertransfer.MemberTransferWithdrawn;
import vn.directives.events.survey.SurveyClosed;
import vn.directives.events.survey.SurveyFindingRecorded;
import vn.directives.events.task.TaskKind;
import vn.directives.events.trainingcourse.ParticipantResultsRecorded;
import vn.directives.events.trainingcourse.ParticipantWithdrawn;
import vn.directives.events.trainingcourse.ParticipantsEnrolled;
import vn.directives.events.trainingcourse.TrainingCourseClosed;
import vn.directives.events.trainingcourse.TrainingCourseOpened;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * How far a task has come in its kind's own steps. The rank orders the steps of one kind: a step
 * repeated later (the owner engaged again, more results recorded) never moves a task back.
 */
enum TaskStep {

    SURVEY_OPENED(TaskKind.SURVEY, 1, "Đã mở khảo sát", "Survey opened"),
    FINDINGS_RECORDED(TaskKind.SURVEY, 2, "Đang ghi nhận kết quả khảo sát", "Findings being recorded"),
    SURVEY_CLOSED(TaskKind.SURVEY, 3, "Đã kết thúc khảo sát", "Survey closed"),

    ESTABLISHMENT_OPENED(TaskKind.CELL_ESTABLISHMENT, 1, "Đã mở nhiệm vụ thành lập", "Establishment opened"),
    OWNER_ENGAGED(TaskKind.CELL_ESTABLISHMENT, 2, "Đã vận động chủ doanh nghiệp", "Owner engaged"),
    MEMBER_POOL_CONFIRMED(TaskKind.CELL_ESTABLISHMENT, 3, "Đã xác định đảng viên tại doanh nghiệp",
            "Member pool confirmed"),
    PROPOSAL_SUBMITTED(TaskKind.CELL_ESTABLISHMENT, 4, "Đã đề nghị cấp ủy cấp trên trực tiếp",
            "Proposal submitted to the superior committee"),
    DECISION_ISSUED(TaskKind.CELL_ESTABLISHMENT, 5, "Đã có quyết định thành lập", "Establishment decision issued"),
    ESTABLISHMENT_ANNOUNCED(TaskKind.CELL_ESTABLISHMENT, 6, "Đã công bố quyết định", "Decision announced"),
    ESTABLISHMENT_COMPLETED(TaskKind.CELL_ESTABLISHMENT, 7, "Đã thành lập tổ chức đảng",
            "Party organization established"),
    MEMBERS_INTRODUCED(TaskKind.CELL_ESTABLISHMENT, 7, "Đã giới thiệu đảng viên sinh hoạt ở tổ chức đảng hiện có",
            "Members introduced to an existing organization"),
    ESTABLISHMENT_ABANDONED(TaskKind.CELL_ESTABLISHMENT, 7, "Đã dừng thành lập", "Establishment abandoned"),

    TRANSFER_REQUESTED(TaskKind.MEMBER_TRANSFER, 1, "Đã đề nghị chuyển sinh hoạt đảng", "Transfer requested"),
    LETTER_ISSUED(TaskKind.MEMBER_TRANSFER, 2, "Đã cấp giấy giới thiệu", "Introduction letter issued"),
    LETTER_ACCEPTED(TaskKind.MEMBER_TRANSFER, 3, "Tổ chức đảng nơi đến đã tiếp nhận", "Introduction letter accepted"),
    TRANSFER_COMPLETED(TaskKind.MEMBER_TRANSFER, 4, "Đã hoàn thành chuyển sinh hoạt đảng", "Transfer completed"),
    TRANSFER_RETURNED(TaskKind.MEMBER_TRANSFER, 4, "Giấy giới thiệu bị trả lại", "Introduction letter returned"),
    TRANSFER_WITHDRAWN(TaskKind.MEMBER_TRANSFER, 4, "Đã rút đề nghị chuyển sinh hoạt", "Transfer withdrawn"),

    COURSE_PLANNED(TaskKind.TRAINING_COURSE, 1, "Đã lập kế hoạch mở lớp", "Course planned"),
    ENROLMENT(TaskKind.TRAINING_COURSE, 2, "Đang triệu tập học viên", "Enrolling participants"),
    COURSE_OPENED(TaskKind.TRAINING_COURSE, 3, "Đã khai giảng", "Course opened"),
    RESULTS_RECORDED(TaskKind.TRAINING_COURSE, 4, "Đã ghi nhận kết quả học tập", "Results recorded"),
    COURSE_CLOSED(TaskKind.TRAINING_COURSE, 5, "Đã bế giảng", "Course closed"),

    GENERAL_OPENED(TaskKind.GENERAL, 1, "Đã giao nhiệm vụ", "Task given"),
    IN_PROGRESS(TaskKind.GENERAL, 2, "Đang thực hiện, đã báo cáo tiến độ", "In progress, progress reported"),
    PRODUCT_DELIVERED(TaskKind.GENERAL, 3, "Đã có sản phẩm", "Product delivered");

    /** The step each of a kind's own events (other than the opening) brings a task to. */
    private static final Map<Class<?>, TaskStep> AFTER = Map.ofEntries(
            entry(SurveyFindingRecorded.class, FINDINGS_RECORDED),
            entry(SurveyClosed.class, SURVEY_CLOSED),
            entry(OwnerEngaged.class, OWNER_ENGAGED),
            entry(MemberPoolConfirmed.class, MEMBER_POOL_CONFIRMED),
            entry(EstablishmentProposalSubmitted.class, PROPOSAL_SUBMITTED),
            entry(EstablishmentDecisionIssued.class, DECISION_ISSUED),
            entry(EstablishmentAnnounced.class, ESTABLISHMENT_ANNOUNCED),
            entry(CellEstablishmentCompleted.class, ESTABLISHMENT_COMPLETED),
            entry(MembersIntroducedToExistingOrganization.class, MEMBERS_INTRODUCED),
            entry(CellEstablishmentAbandoned.class, ESTABLISHMENT_ABANDONED),
            entry(IntroductionLetterIssued.class, LETTER_ISSUED),
            entry(IntroductionLetterAccepted.class, LETTER_ACCEPTED),
            entry(MemberTransferCompleted.class, TRANSFER_COMPLETED),
            entry(MemberTransferReturned.class, TRANSFER_RETURNED),
            entry(MemberTransferWithdrawn.class, TRANSFER_WITHDRAWN),
            entry(ParticipantsEnrolled.class, ENROLMENT),
            entry(ParticipantWithdrawn.class, ENROLMENT),
            entry(TrainingCourseOpened.class, COURSE_OPENED),
            entry(ParticipantResultsRecorded.class, RESULTS_RECORDED),
            entry(TrainingCourseClosed.class, COURSE_CLOSED),
            entry(ProgressReported.class, IN_PROGRESS),
            entry(GeneralTaskCompleted.class, PRODUCT_DELIVERED));

    private final TaskKind kind;
    private final int rank;
    private final String label;
    private final String labelEn;

    TaskStep(TaskKind kind, int rank, String label, String labelEn) {
        this.kind = kind;
        this.rank = rank;
        this.label = label;
        this.labelEn = labelEn;
    }

    /** The first step of a kind: where its opening event leaves a task. */
    static TaskStep opened(TaskKind kind) {
        return Arrays.stream(values()).filter(step -> step.kind == kind && step.rank == 1).findFirst().orElseThrow();
    }

    /** The step a kind's own event brings a task to; empty for an event that is not such a step. */
    static Optional<TaskStep> after(Object event) {
        return after(event.getClass());
    }

    /** The step an event of this type brings a task to; empty for a type that is not such a step. */
    static Optional<TaskStep> after(Class<?> eventType) {
        return Optional.ofNullable(AFTER.get(eventType));
    }

    int rank() {
        return rank;
    }

    String label() {
        return label;
    }

    String labelEn() {
        return labelEn;
    }
}
