package vn.directives.query.taskboard;

import vn.directives.events.cellestablishment.CellEstablishmentCompleted;
import vn.directives.events.cellestablishment.CellEstablishmentOpened;
import vn.directives.events.generaltask.GeneralTaskCompleted;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.membertransfer.MemberTransferCompleted;
import vn.directives.events.membertransfer.MemberTransferRequested;
import vn.directives.events.membertransfer.PartyOrganization;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.survey.SurveyClosed;
import vn.directives.events.survey.SurveyOpened;
import vn.directives.events.survey.SurveyScope;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.DueDateExtensionRejected;
import vn.directives.events.task.DueDateExtensionRequested;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;
import vn.directives.events.task.TaskReassigned;
import vn.directives.events.trainingcourse.CourseKind;
import vn.directives.events.trainingcourse.TrainingCourseClosed;
import vn.directives.events.trainingcourse.TrainingCoursePlanned;
import vn.directives.events.urging.TaskReminderIssued;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One task's history, told step by step with the events the command side records for it (the
 * kind's closing event before {@code TaskCompleted}, as the aggregate applies them).
 */
public final class TaskScript {

    private static final String ORGANIZATION_COMMITTEE = "ban-to-chuc-01";

    private final TaskBoardFeed feed;
    private final String id;
    private final TaskKind kind;
    private LocalDate dueDate;
    private String assigneeId;
    private String pendingExtensionId;
    private LocalDate pendingDueDate;

    TaskScript(TaskBoardFeed feed, String id, TaskKind kind, TaskHeader header) {
        this.feed = feed;
        this.id = id;
        this.kind = kind;
        this.dueDate = header.dueDate();
        this.assigneeId = header.assigneeId();
    }

    /** A task header: point 1 of the directive, no coordinating units unless given. */
    public static TaskHeader header(String directiveId, String title, String leadUnitId, String assigneeId,
                                    LocalDate dueDate, String... coordinatingUnitIds) {
        return new TaskHeader(directiveId, 1, title, leadUnitId, List.of(coordinatingUnitIds), assigneeId, dueDate);
    }

    static Object opening(TaskKind kind, String taskId, TaskHeader task, LocalDate on) {
        return switch (kind) {
            case SURVEY -> new SurveyOpened(taskId, task,
                    new SurveyScope(SurveyScope.Kind.INDUSTRIAL_ZONE, List.of("kcn-yen-binh"), "KCN Yên Bình"),
                    on, task.dueDate(), on, ORGANIZATION_COMMITTEE);
            case CELL_ESTABLISHMENT -> new CellEstablishmentOpened(taskId, task, "4601234567",
                    "Công ty TNHH Điện tử Minh Phát", on, ORGANIZATION_COMMITTEE);
            case MEMBER_TRANSFER -> new MemberTransferRequested(taskId, task, "member-ref-" + taskId,
                    TransferDirection.RESIDENCE_TO_ENTERPRISE, TransferType.OFFICIAL, null,
                    new PartyOrganization("Chi bộ xóm Đồng Tâm", "xa-dong-tam", null),
                    new PartyOrganization("Chi bộ Công ty Minh Phát", null, "4601234567"), on, on,
                    ORGANIZATION_COMMITTEE);
            case TRAINING_COURSE -> new TrainingCoursePlanned(taskId, task, CourseKind.PARTY_AWARENESS,
                    "truong-chinh-tri", on.plusDays(10), on.plusDays(14), 40, on, ORGANIZATION_COMMITTEE);
            case GENERAL -> new GeneralTaskOpened(taskId, task, "Quán triệt Chỉ thị đến chi bộ", "Hội nghị", null, on,
                    ORGANIZATION_COMMITTEE);
        };
    }

    public String id() {
        return id;
    }

    /** One of the kind's own events, e.g. an owner engaged. */
    public TaskScript then(Object kindEvent) {
        feed.apply(id, kindEvent);
        return this;
    }

    public TaskScript reassign(String toMemberId, LocalDate on) {
        feed.apply(id, new TaskReassigned(id, assigneeId, toMemberId, "Điều chỉnh phân công", on,
                ORGANIZATION_COMMITTEE));
        assigneeId = toMemberId;
        return this;
    }

    /** The assignee is reminded of the due date (urging, recorded on the task by the command side). */
    public TaskScript remind(LocalDate on) {
        feed.apply(id, new TaskReminderIssued(id, id + "/" + dueDate + "/0", assigneeId, dueDate, 3, on));
        return this;
    }

    public TaskScript requestExtension(LocalDate requestedDueDate, LocalDate on) {
        pendingExtensionId = UUID.randomUUID().toString();
        pendingDueDate = requestedDueDate;
        feed.apply(id, new DueDateExtensionRequested(id, pendingExtensionId, dueDate, requestedDueDate,
                "Doanh nghiệp chưa bố trí được lịch làm việc", on, assigneeId));
        return this;
    }

    public TaskScript approveExtension(LocalDate on) {
        feed.apply(id, new DueDateExtensionApproved(id, pendingExtensionId, dueDate, pendingDueDate, on,
                ORGANIZATION_COMMITTEE));
        dueDate = pendingDueDate;
        pendingExtensionId = null;
        return this;
    }

    public TaskScript rejectExtension(LocalDate on) {
        feed.apply(id, new DueDateExtensionRejected(id, pendingExtensionId, "Không có lý do chính đáng", on,
                ORGANIZATION_COMMITTEE));
        pendingExtensionId = null;
        return this;
    }

    /** The extension asked for and approved on the same day. */
    public TaskScript extend(LocalDate newDueDate, LocalDate on) {
        return requestExtension(newDueDate, on).approveExtension(on);
    }

    public TaskScript cancel(String reason, LocalDate on) {
        feed.apply(id, new TaskCancelled(id, reason, on, ORGANIZATION_COMMITTEE));
        return this;
    }

    /** The kind's closing event, then the task completed. */
    public TaskScript complete(LocalDate on) {
        feed.apply(id, closing(on));
        feed.apply(id, new TaskCompleted(id, kind, on, assigneeId));
        return this;
    }

    private Object closing(LocalDate on) {
        return switch (kind) {
            case SURVEY -> new SurveyClosed(id, "Đã khảo sát 12 doanh nghiệp.", 12, on, assigneeId);
            case CELL_ESTABLISHMENT -> new CellEstablishmentCompleted(id, "org-" + id, "4601234567",
                    "Công ty TNHH Điện tử Minh Phát", "Chi bộ Công ty TNHH Điện tử Minh Phát", "125-QĐ/ĐU", on,
                    "Đảng ủy các KCN tỉnh", null, null, 3, 1, on, assigneeId);
            case MEMBER_TRANSFER -> new MemberTransferCompleted(id, "member-ref-" + id,
                    TransferDirection.RESIDENCE_TO_ENTERPRISE, TransferType.OFFICIAL, "4601234567", on, assigneeId);
            case TRAINING_COURSE -> new TrainingCourseClosed(id, 40, 38, 36, 36, on, assigneeId);
            case GENERAL -> new GeneralTaskCompleted(id, "Báo cáo số 12-BC/ĐUK", on, assigneeId);
        };
    }
}
