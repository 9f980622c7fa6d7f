package vn.directives.query.timeline;

import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.cellestablishment.CellCommitteeAppointment;
import vn.directives.events.cellestablishment.CellCommitteePost;
import vn.directives.events.cellestablishment.CellEstablishmentAbandoned;
import vn.directives.events.cellestablishment.CellEstablishmentCompleted;
import vn.directives.events.cellestablishment.CellEstablishmentOpened;
import vn.directives.events.cellestablishment.EstablishmentAnnounced;
import vn.directives.events.cellestablishment.EstablishmentDecisionIssued;
import vn.directives.events.cellestablishment.EstablishmentProposalSubmitted;
import vn.directives.events.cellestablishment.MemberPoolConfirmed;
import vn.directives.events.cellestablishment.MembersIntroducedToExistingOrganization;
import vn.directives.events.cellestablishment.OwnerEngaged;
import vn.directives.events.enterprise.OrganizationFounding;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.generaltask.GeneralTaskCompleted;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.generaltask.ProgressReported;
import vn.directives.events.task.SubTaskDelegated;
import vn.directives.events.membertransfer.IntroductionLetterAccepted;
import vn.directives.events.membertransfer.IntroductionLetterIssued;
import vn.directives.events.membertransfer.MemberTransferCompleted;
import vn.directives.events.membertransfer.MemberTransferRequested;
import vn.directives.events.membertransfer.MemberTransferReturned;
import vn.directives.events.membertransfer.MemberTransferWithdrawn;
import vn.directives.events.membertransfer.PartyOrganization;
import vn.directives.events.membertransfer.TemporaryPeriod;
import vn.directives.events.membertransfer.Timeliness;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.survey.EnterpriseFindings;
import vn.directives.events.survey.OwnerAttitude;
import vn.directives.events.survey.Ownership;
import vn.directives.events.survey.SurveyClosed;
import vn.directives.events.survey.SurveyFindingRecorded;
import vn.directives.events.survey.SurveyOpened;
import vn.directives.events.survey.SurveyScope;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.DueDateExtensionRejected;
import vn.directives.events.task.DueDateExtensionRequested;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.urging.NoticeRecipient;
import vn.directives.events.urging.TaskDeadlineMissed;
import vn.directives.events.urging.TaskEscalated;
import vn.directives.events.urging.TaskReminderIssued;
import vn.directives.events.urging.TaskUrgingPolicySet;
import vn.directives.events.urging.UrgingNoticeDelivered;
import vn.directives.events.urging.UrgingPolicy;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;
import vn.directives.events.task.TaskReassigned;
import vn.directives.events.trainingcourse.CourseKind;
import vn.directives.events.trainingcourse.Participant;
import vn.directives.events.trainingcourse.ParticipantResult;
import vn.directives.events.trainingcourse.ParticipantResultsRecorded;
import vn.directives.events.trainingcourse.ParticipantWithdrawn;
import vn.directives.events.trainingcourse.ParticipantsEnrolled;
import vn.directives.events.trainingcourse.TrainingCourseClosed;
import vn.directives.events.trainingcourse.TrainingCourseOpened;
import vn.directives.events.trainingcourse.TrainingCoursePlanned;
import vn.directives.events.trainingcourse.WithdrawalReason;

import java.time.LocalDate;
import java.util.List;

/**
 * Events of the four task kinds as they happen in the province's follow-up, one or more of each
 * type, for a given task. Members and participants appear by pseudonymous references only.
 */
final class TimelineSamples {

    static final String MINH_PHAT = "Công ty TNHH Minh Phát";
    static final String MINH_PHAT_TAX_CODE = "4601234567";
    static final String MINH_PHAT_CELL = "Chi bộ Công ty TNHH Minh Phát";
    static final String ZONE_COMMITTEE = "Đảng ủy các Khu công nghiệp tỉnh";

    private TimelineSamples() {
    }

    // ---- the steps every kind shares ----------------------------------------------------

    static TaskReassigned reassigned(String taskId) {
        return new TaskReassigned(taskId, "member-nguyen", "member-tran", "Phân công lại theo địa bàn phụ trách",
                day(2025, 4, 1), "organization-committee");
    }

    static DueDateExtensionRequested extensionRequested(String taskId) {
        return new DueDateExtensionRequested(taskId, "ext-1", day(2025, 6, 30), day(2025, 8, 31),
                "Doanh nghiệp chưa bố trí được thời gian làm việc", day(2025, 6, 10), "member-nguyen");
    }

    static DueDateExtensionApproved extensionApproved(String taskId) {
        return new DueDateExtensionApproved(taskId, "ext-1", day(2025, 6, 30), day(2025, 8, 31), day(2025, 6, 12),
                "organization-committee");
    }

    static DueDateExtensionRejected extensionRejected(String taskId) {
        return new DueDateExtensionRejected(taskId, "ext-2", "Không có lý do chính đáng", day(2025, 6, 12),
                "organization-committee");
    }

    static TaskCancelled cancelled(String taskId) {
        return new TaskCancelled(taskId, "Chỉ thị đã được thay thế", day(2025, 7, 1), "organization-committee");
    }

    static TaskCompleted completed(String taskId) {
        return new TaskCompleted(taskId, TaskKind.SURVEY, day(2025, 5, 30), "member-nguyen");
    }

    // ---- urging ------------------------------------------------------------------------

    static TaskReminderIssued reminded(String taskId, int workingDaysLeft) {
        return new TaskReminderIssued(taskId, taskId + "/2025-06-30/0", "member-nguyen", day(2025, 6, 30),
                workingDaysLeft, day(2025, 6, 25));
    }

    static TaskDeadlineMissed deadlineMissed(String taskId) {
        return new TaskDeadlineMissed(taskId, "member-nguyen", day(2025, 6, 30), day(2025, 7, 1));
    }

    static TaskEscalated escalated(String taskId) {
        return new TaskEscalated(taskId, taskId + "/2025-06-30/4", "member-nguyen", "unit-dang-uy-kcn",
                day(2025, 6, 30), 10, 2, day(2025, 7, 14));
    }

    static TaskUrgingPolicySet urgingPolicySet(String taskId) {
        return new TaskUrgingPolicySet(taskId, new UrgingPolicy(5, 3), day(2025, 3, 14), "organization-committee");
    }

    static UrgingNoticeDelivered noticeDelivered(String taskId) {
        return new UrgingNoticeDelivered(taskId, taskId + "/2025-06-30/0", NoticeRecipient.ASSIGNEE, "member-nguyen",
                2, java.time.Instant.parse("2025-06-25T01:00:00Z"), day(2025, 6, 25));
    }

    // ---- survey -------------------------------------------------------------------------

    static SurveyOpened surveyOpened(String taskId) {
        return new SurveyOpened(taskId,
                new TaskHeader("directive-42", 2, "Khảo sát doanh nghiệp ngoài nhà nước tại KCN Phú Tài",
                        "unit-dang-uy-kcn", List.of("unit-ldld", "unit-tinh-doan"), "member-nguyen", day(2025, 6, 30)),
                new SurveyScope(SurveyScope.Kind.INDUSTRIAL_ZONE, List.of("kcn-phu-tai"),
                        "Các doanh nghiệp ngoài nhà nước trong KCN Phú Tài"),
                day(2025, 3, 1), day(2025, 5, 31), day(2025, 2, 20), "organization-committee");
    }

    static SurveyOpened surveyOfEnterprises(String taskId) {
        return new SurveyOpened(taskId,
                new TaskHeader("directive-42", 1, "Khảo sát doanh nghiệp có đảng viên", "unit-phuong-quy-nhon",
                        List.of(), "member-nguyen", day(2025, 6, 30)),
                new SurveyScope(SurveyScope.Kind.ENTERPRISES, List.of(MINH_PHAT_TAX_CODE, "4601234568-001"), null),
                day(2025, 3, 1), day(2025, 5, 31), day(2025, 2, 20), "organization-committee");
    }

    static SurveyFindingRecorded findingRecorded(String taskId) {
        return new SurveyFindingRecorded(taskId, new EnterpriseFindings(MINH_PHAT_TAX_CODE, MINH_PHAT,
                Ownership.PRIVATE, 250, 3, 1, 2, 3, true, 120, false, 0, false, OwnerAttitude.SUPPORTIVE),
                day(2025, 3, 15), "member-nguyen");
    }

    static SurveyFindingRecorded largeFindingRecorded(String taskId) {
        return new SurveyFindingRecorded(taskId, new EnterpriseFindings("4601234568-001",
                "Công ty TNHH Điện tử Sao Mai", Ownership.FOREIGN_INVESTED, 1250, 12, 0, 5, 10, true, 1100, true, 300,
                true, OwnerAttitude.UNDECIDED), day(2025, 3, 20), "member-nguyen");
    }

    static SurveyClosed surveyClosed(String taskId) {
        return new SurveyClosed(taskId, "Đã khảo sát 2 doanh nghiệp; 1 doanh nghiệp đủ điều kiện thành lập chi bộ.", 2,
                day(2025, 5, 30), "member-nguyen");
    }

    // ---- cell establishment -------------------------------------------------------------

    static CellEstablishmentOpened cellEstablishmentOpened(String taskId) {
        return new CellEstablishmentOpened(taskId,
                new TaskHeader("directive-42", 1, "Thành lập chi bộ Công ty TNHH Minh Phát", "unit-dang-uy-kcn",
                        List.of(), "member-le", day(2025, 12, 31)),
                MINH_PHAT_TAX_CODE, MINH_PHAT, day(2025, 6, 1), "organization-committee");
    }

    static OwnerEngaged ownerEngaged(String taskId) {
        return new OwnerEngaged(taskId, OwnerAttitude.UNDECIDED, "Chủ doanh nghiệp cần thêm thời gian trao đổi",
                day(2025, 6, 15), "member-le");
    }

    static OwnerEngaged ownerEngagedWithoutNote(String taskId) {
        return new OwnerEngaged(taskId, OwnerAttitude.SUPPORTIVE, null, day(2025, 6, 18), "member-le");
    }

    static MemberPoolConfirmed memberPoolConfirmed(String taskId) {
        return new MemberPoolConfirmed(taskId, 3, 1, 3, List.of("m-001", "m-002", "m-003", "m-004"),
                day(2025, 6, 20), "member-le");
    }

    static EstablishmentProposalSubmitted proposalSubmitted(String taskId) {
        return new EstablishmentProposalSubmitted(taskId, ZONE_COMMITTEE, day(2025, 7, 1), "member-le");
    }

    static EstablishmentDecisionIssued decisionIssued(String taskId) {
        return new EstablishmentDecisionIssued(taskId, "125-QĐ/ĐU", ZONE_COMMITTEE, MINH_PHAT_CELL,
                List.of(new CellCommitteeAppointment("m-001", CellCommitteePost.SECRETARY),
                        new CellCommitteeAppointment("m-002", CellCommitteePost.DEPUTY_SECRETARY),
                        new CellCommitteeAppointment("m-003", CellCommitteePost.COMMITTEE_MEMBER)),
                day(2025, 7, 15), "member-le");
    }

    static EstablishmentAnnounced announced(String taskId) {
        return new EstablishmentAnnounced(taskId, "Hội trường Công ty TNHH Minh Phát", day(2025, 7, 25), "member-le");
    }

    /** Completed before completions gave the organization's kind (a revision 1 event, upcast). */
    static CellEstablishmentCompleted cellEstablishmentCompleted(String taskId) {
        return new CellEstablishmentCompleted(taskId, "po-minh-phat", MINH_PHAT_TAX_CODE, MINH_PHAT, MINH_PHAT_CELL,
                "125-QĐ/ĐU", day(2025, 7, 15), ZONE_COMMITTEE, null, null, 3, 1, day(2025, 7, 25), "member-le");
    }

    static CellEstablishmentCompleted cellEstablishmentCompletedClassified(String taskId) {
        return new CellEstablishmentCompleted(taskId, "po-minh-phat", MINH_PHAT_TAX_CODE, MINH_PHAT, MINH_PHAT_CELL,
                "125-QĐ/ĐU", day(2025, 7, 15), ZONE_COMMITTEE, PartyOrganizationKind.GRASSROOTS_CELL,
                "unit-dang-uy-kcn", 3, 1, day(2025, 7, 25), "member-le");
    }

    static MembersIntroducedToExistingOrganization membersIntroduced(String taskId) {
        return new MembersIntroducedToExistingOrganization(taskId, "Chi bộ Khu phố 3, phường Quy Nhơn", 2, 0,
                List.of("m-005", "m-006"), day(2025, 7, 10), "member-le");
    }

    static CellEstablishmentAbandoned abandoned(String taskId) {
        return new CellEstablishmentAbandoned(taskId, AbandonmentReason.ENTERPRISE_DISSOLVED, null, day(2025, 8, 1),
                "organization-committee");
    }

    static CellEstablishmentAbandoned abandonedWithNote(String taskId) {
        return new CellEstablishmentAbandoned(taskId, AbandonmentReason.OTHER, "Doanh nghiệp sáp nhập vào công ty mẹ",
                day(2025, 8, 1), "organization-committee");
    }

    // ---- member transfer ----------------------------------------------------------------

    static MemberTransferRequested transferRequested(String taskId) {
        return new MemberTransferRequested(taskId, transferHeader(), "mbr-7f3a", TransferDirection.RESIDENCE_TO_ENTERPRISE,
                TransferType.OFFICIAL, null, residence(), enterprise(), day(2025, 5, 20), day(2025, 6, 2),
                "organization-committee");
    }

    static MemberTransferRequested temporaryTransferRequested(String taskId) {
        return new MemberTransferRequested(taskId, transferHeader(), "mbr-7f3a", TransferDirection.ENTERPRISE_TO_RESIDENCE,
                TransferType.TEMPORARY, new TemporaryPeriod(day(2025, 7, 1), day(2026, 3, 31)), enterprise(), residence(),
                day(2025, 5, 20), day(2025, 6, 2), "organization-committee");
    }

    static IntroductionLetterIssued letterIssuedLate(String taskId) {
        return new IntroductionLetterIssued(taskId, "45-GGT/ĐU",
                new Timeliness(day(2025, 8, 12), 3, "Đảng viên đi công tác nước ngoài"), day(2025, 8, 15), "member-pham");
    }

    static IntroductionLetterAccepted letterAccepted(String taskId) {
        return new IntroductionLetterAccepted(taskId, new Timeliness(day(2025, 9, 26), 0, null), day(2025, 8, 20),
                "member-pham");
    }

    static MemberTransferCompleted transferCompleted(String taskId) {
        return new MemberTransferCompleted(taskId, "mbr-7f3a", TransferDirection.RESIDENCE_TO_ENTERPRISE,
                TransferType.OFFICIAL, MINH_PHAT_TAX_CODE, day(2025, 8, 25), "member-pham");
    }

    static MemberTransferReturned transferReturned(String taskId) {
        return new MemberTransferReturned(taskId, "Giấy giới thiệu ghi sai tổ chức đảng nơi đến", day(2025, 8, 22),
                "member-pham");
    }

    static MemberTransferWithdrawn transferWithdrawn(String taskId) {
        return new MemberTransferWithdrawn(taskId, "Đảng viên chuyển công tác khác", day(2025, 8, 5), "member-pham");
    }

    private static TaskHeader transferHeader() {
        return new TaskHeader("directive-42", 3, "Chuyển sinh hoạt đảng về Chi bộ Công ty TNHH Minh Phát",
                "unit-phuong-quy-nhon", List.of("unit-dang-uy-kcn"), "member-pham", day(2025, 9, 30));
    }

    private static PartyOrganization residence() {
        return new PartyOrganization("Chi bộ Khu phố 3", "unit-phuong-quy-nhon", null);
    }

    private static PartyOrganization enterprise() {
        return new PartyOrganization(MINH_PHAT_CELL, "unit-dang-uy-kcn", MINH_PHAT_TAX_CODE);
    }

    // ---- training course ----------------------------------------------------------------

    static TrainingCoursePlanned coursePlanned(String taskId) {
        return new TrainingCoursePlanned(taskId,
                new TaskHeader("directive-42", 4, "Lớp bồi dưỡng nhận thức về Đảng năm 2025", "unit-dang-uy-kcn",
                        List.of(), "member-vo", day(2025, 11, 30)),
                CourseKind.PARTY_AWARENESS, "unit-trung-tam-chinh-tri", day(2025, 9, 8), day(2025, 9, 12), 40,
                day(2025, 7, 1), "organization-committee");
    }

    static ParticipantsEnrolled enrolled(String taskId) {
        return new ParticipantsEnrolled(taskId,
                List.of(new Participant("hv-001", "unit-kcn-a"), new Participant("hv-002", "unit-kcn-b")),
                day(2025, 8, 20), "member-vo");
    }

    static ParticipantWithdrawn participantWithdrawn(String taskId) {
        return new ParticipantWithdrawn(taskId, "hv-002", WithdrawalReason.RECALLED_BY_UNIT, day(2025, 9, 1),
                "member-vo");
    }

    static TrainingCourseOpened courseOpened(String taskId) {
        return new TrainingCourseOpened(taskId, day(2025, 9, 8), "member-vo");
    }

    static ParticipantResultsRecorded resultsRecorded(String taskId) {
        return new ParticipantResultsRecorded(taskId,
                List.of(new ParticipantResult("hv-001", true, true, true), new ParticipantResult("hv-003", true, false, false),
                        new ParticipantResult("hv-004", false, false, false)),
                day(2025, 9, 12), "member-vo");
    }

    static TrainingCourseClosed courseClosed(String taskId) {
        return new TrainingCourseClosed(taskId, 38, 36, 35, 35, day(2025, 9, 12), "member-vo");
    }

    static GeneralTaskOpened generalTaskOpened(String taskId) {
        return new GeneralTaskOpened(taskId, new TaskHeader("directive-42", 6, "Đối thoại với chủ doanh nghiệp",
                "unit-dang-uy-kcn", List.of(), "member-vo", day(2025, 11, 30)), "Mỗi quý một hội nghị", "Hội nghị",
                null, day(2025, 2, 3), "ban-to-chuc");
    }

    static GeneralTaskOpened subTaskOpened(String taskId) {
        return new GeneralTaskOpened(taskId, new TaskHeader("directive-42", 6, "Đối thoại tại phường Tân Thịnh",
                "unit-phuong-tan-thinh", List.of(), "member-tran", day(2025, 10, 31)), null, "Báo cáo",
                "task-parent", day(2025, 3, 3), "member-vo");
    }

    static ProgressReported progressReported(String taskId) {
        return new ProgressReported(taskId, 40, 60, "Đã đối thoại tại 2 KCN", "Một hội nghị phải tổ chức lại",
                day(2025, 6, 2), "member-vo");
    }

    static ProgressReported contributionReported(String taskId) {
        return new ProgressReported(taskId, 30, 0, "Đã mời 12 công đoàn cơ sở", null, "unit-lien-doan-lao-dong",
                day(2025, 6, 3), "officer-ldld");
    }

    static GeneralTaskCompleted generalTaskFoundingATradeUnion(String taskId) {
        return new GeneralTaskCompleted(taskId, "Báo cáo số 3-BC/LĐLĐ", new OrganizationFounding(MINH_PHAT_TAX_CODE,
                MINH_PHAT, SocioPoliticalOrganizationKind.TRADE_UNION, 120, day(2025, 11, 18)), day(2025, 11, 20),
                "member-vo");
    }

    static GeneralTaskCompleted generalTaskCompleted(String taskId) {
        return new GeneralTaskCompleted(taskId, "Báo cáo số 12-BC/ĐUK", day(2025, 11, 20), "member-vo");
    }

    static SubTaskDelegated subTaskDelegated(String taskId) {
        return new SubTaskDelegated(taskId, "task-sub", "Đối thoại tại phường Tân Thịnh", "unit-phuong-tan-thinh",
                "member-tran", day(2025, 10, 31), day(2025, 3, 3), "member-vo");
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
