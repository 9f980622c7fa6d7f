package vn.directives.command.task;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.DirectiveCatalogue;
import vn.directives.platform.security.Role;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.command.common.SteeringRoster;
import vn.directives.command.common.UnitDirectory;
import vn.directives.command.common.UnitHierarchy;
import vn.directives.command.urging.RecordNoticeDelivery;
import vn.directives.command.urging.UrgingPolicies;
import vn.directives.command.urging.UrgingStep;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.discussion.AttachmentAdded;
import vn.directives.events.discussion.TaskCommented;
import vn.directives.events.discussion.TaskUrgedNow;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.DueDateExtensionRejected;
import vn.directives.events.task.DueDateExtensionRequested;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;
import vn.directives.events.task.TaskOpening;
import vn.directives.events.task.SubTaskDelegated;
import vn.directives.events.task.TaskReassigned;
import vn.directives.events.urging.TaskUrgingPolicySet;
import vn.directives.events.urging.UrgingEvent;
import vn.directives.events.urging.UrgingNoticeDelivered;

import java.time.LocalDate;
import java.util.List;

/**
 * The lifecycle every task kind shares, written once: opening checks, reassignment, due-date
 * extensions, cancellation, delegation to lower levels and completion, and the rules that guard
 * them. Each kind (survey, cell establishment, member transfer, training course, general task)
 * is a subclass in its own package that adds its own steps; Axon treats them as one polymorphic
 * aggregate.
 *
 * <p>Subclasses never handle the common events themselves (Axon invokes one event-sourcing
 * handler per event); they override {@link #whenOpened} to keep what their opening event adds.
 */
@Aggregate
public abstract class Task {

    @AggregateIdentifier
    private String taskId;
    private TaskKind kind;
    private TaskStatus status;
    private String assigneeId;
    private String leadUnitId;
    private String directiveId;
    private int pointNumber;
    private List<String> coordinatingUnitIds = List.of();
    private LocalDate openedOn;
    private LocalDate dueDate;
    private String pendingExtensionId;
    private LocalDate pendingDueDate;
    /** The due date the last urging step was taken for, and that step (UrgingStep ordinals). */
    private LocalDate urgedDueDate;
    private int lastUrgingStep = -1;

    protected Task() {
        // for Axon
    }

    // ---- common steps -------------------------------------------------------------------

    @CommandHandler
    long handle(ReassignTask command, SteeringRoster roster) {
        LocalDate on = checkStep(command);
        Rules.requireOrganizationCommittee(command.context());
        requireText(command.reason(), "reason");
        if (command.toMemberId().equals(assigneeId)) {
            throw RuleViolation.refused("already-assigned", "toMemberId",
                    "Nhiệm vụ đã được giao cho thành viên này.", "The task is already assigned to this member.");
        }
        requireActiveMember(roster, command.toMemberId(), on, "toMemberId");
        return record(new TaskReassigned(taskId, assigneeId, command.toMemberId(), command.reason(), on,
                command.context().userId()));
    }

    @CommandHandler
    long handle(RequestDueDateExtension command) {
        LocalDate on = checkStep(command);
        requireMayAct(command.context());
        requireText(command.reason(), "reason");
        if (pendingExtensionId != null) {
            throw RuleViolation.refused("extension-already-pending",
                    "Đã có một đề nghị gia hạn đang chờ xem xét.", "An extension request is already pending.");
        }
        if (!command.requestedDueDate().isAfter(dueDate)) {
            throw RuleViolation.invalid("extension-must-be-later", "requestedDueDate",
                    "Hạn đề nghị phải sau hạn hiện tại (" + dueDate + ").",
                    "The requested due date must be after the current one (" + dueDate + ").");
        }
        return record(new DueDateExtensionRequested(taskId, command.extensionId(), dueDate,
                command.requestedDueDate(), command.reason(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(ApproveDueDateExtension command) {
        LocalDate on = checkStep(command);
        Rules.requireOrganizationCommittee(command.context());
        requirePending(command.extensionId());
        return record(new DueDateExtensionApproved(taskId, pendingExtensionId, dueDate, pendingDueDate, on,
                command.context().userId()));
    }

    @CommandHandler
    long handle(RejectDueDateExtension command) {
        LocalDate on = checkStep(command);
        Rules.requireOrganizationCommittee(command.context());
        requireText(command.reason(), "reason");
        requirePending(command.extensionId());
        return record(new DueDateExtensionRejected(taskId, pendingExtensionId, command.reason(), on,
                command.context().userId()));
    }

    @CommandHandler
    long handle(CancelTask command) {
        LocalDate on = checkStep(command);
        Rules.requireOrganizationCommittee(command.context());
        requireText(command.reason(), "reason");
        return record(new TaskCancelled(taskId, command.reason(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(SetUrgingPolicy command) {
        LocalDate on = checkStep(command);
        Rules.requireOrganizationCommittee(command.context());
        return record(new TaskUrgingPolicySet(taskId, UrgingPolicies.of(command.remindWorkingDaysBefore(),
                command.escalateAfterWorkingDays()), on, command.context().userId()));
    }

    /**
     * Delegation (giao nhiệm vụ cho cấp dưới): whoever may act on the task gives a part of it to a
     * lower-level unit as a general task of the same directive point, due no later than this task.
     * The sub-task is opened in the same transaction, so a refusal stores nothing anywhere.
     */
    @CommandHandler
    long handle(DelegateSubTask command, UnitDirectory units, UnitHierarchy hierarchy, SteeringRoster roster,
                SubTaskFactory subTasks) {
        LocalDate on = checkStep(command);
        requireMayAct(command.context());
        requireText(command.title(), "title");
        requireText(command.expectedProduct(), "expectedProduct");
        if (!command.dueDate().isAfter(on)) {
            throw RuleViolation.invalid("due-date-after-opening", "dueDate",
                    "Hạn hoàn thành phải sau ngày giao nhiệm vụ.", "The due date must be after the delegation date.");
        }
        if (command.dueDate().isAfter(dueDate)) {
            throw RuleViolation.invalid("sub-task-due-by-parent-due", "dueDate",
                    "Hạn của nhiệm vụ giao cấp dưới không được sau hạn của nhiệm vụ cấp trên (" + dueDate + ").",
                    "A sub-task cannot be due after the task it is part of (" + dueDate + ").");
        }
        requireActiveUnit(units, command.leadUnitId(), on, "leadUnitId");
        if (!hierarchy.isBelow(command.leadUnitId(), leadUnitId)) {
            throw RuleViolation.refused("unit-not-lower", "leadUnitId",
                    "Đơn vị " + command.leadUnitId() + " không phải cấp dưới của đơn vị chủ trì " + leadUnitId + ".",
                    "Unit " + command.leadUnitId() + " is not below the lead unit " + leadUnitId + ".");
        }
        command.coordinatingUnitIds().forEach(unit -> requireActiveUnit(units, unit, on, "coordinatingUnitIds"));
        requireActiveMember(roster, command.assigneeId(), on, "assigneeId");
        TaskHeader part = new TaskHeader(directiveId, pointNumber, command.title(), command.leadUnitId(),
                command.coordinatingUnitIds(), command.assigneeId(), command.dueDate());
        GeneralTaskOpened opening = new GeneralTaskOpened(command.subTaskId(), part, command.description(),
                command.expectedProduct(), taskId, on, command.context().userId());
        try {
            AggregateLifecycle.createNew(Task.class, () -> subTasks.open(opening));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The sub-task could not be opened", e);
        }
        return record(new SubTaskDelegated(taskId, command.subTaskId(), command.title(), command.leadUnitId(),
                command.assigneeId(), command.dueDate(), on, command.context().userId()));
    }

    // ---- discussion: on a task of any state, since documents often prove the work after it ----

    @CommandHandler
    long handle(CommentOnTask command) {
        requireKind(command);
        String text = requireText(command.text(), "text");
        String unit = requireMayDiscuss(command.context());
        return record(new TaskCommented(taskId, command.commentId(), text.strip(), unit, command.context().userId(),
                command.context().today()));
    }

    @CommandHandler
    long handle(AttachDocument command, AttachmentStore attachments) {
        requireKind(command);
        String unit = requireMayDiscuss(command.context());
        Document document = command.document();
        attachments.store(taskId, document);
        return record(new AttachmentAdded(taskId, document.attachmentId(), document.fileName(), document.mediaType(),
                document.size(), document.sha256(), unit, command.context().userId(), command.context().today()));
    }

    /** Urging on the spot is the Organization Committee's or the lead unit's, and only while the task is open. */
    @CommandHandler
    long handle(UrgeTaskNow command) {
        LocalDate on = checkStep(command);
        CommandContext context = command.context();
        boolean allowed = context.hasRole(Role.ORGANIZATION_COMMITTEE)
                || (context.hasRole(Role.UNIT_OFFICER) && leadUnitId.equals(context.unitId()));
        if (!allowed) {
            throw RuleViolation.forbidden("organization-committee-or-lead-unit",
                    "Chỉ Ban Tổ chức Tỉnh ủy hoặc đơn vị chủ trì được đôn đốc nhiệm vụ.",
                    "Only the Organization Committee or the lead unit may urge the task.");
        }
        String message = requireText(command.message(), "message");
        return record(new TaskUrgedNow(taskId, command.noticeId(), assigneeId, leadUnitId, message.strip(),
                context.userId(), on));
    }

    /** A delivery is a fact whatever became of the task since the notice was written. */
    @CommandHandler
    long handle(RecordNoticeDelivery command) {
        return record(new UrgingNoticeDelivered(taskId, command.noticeId(), command.recipient(),
                command.recipientRef(), command.attempts(), command.sentAt(), command.sentOn()));
    }

    /**
     * An urging step fell due. Only a step of the current due date, not yet taken, on an open task
     * is taken: a step left over from before an extension, or delivered a second time after a
     * crash, changes nothing. The recipients are the task's current assignee and lead unit.
     */
    @DeadlineHandler(deadlineName = UrgingStep.DEADLINE)
    void on(UrgingStep step) {
        boolean taken = step.dueDate().equals(urgedDueDate) && step.ordinal() <= lastUrgingStep;
        if (status == TaskStatus.OPEN && step.dueDate().equals(dueDate) && !taken) {
            AggregateLifecycle.apply(step.event(taskId, assigneeId, leadUnitId));
        }
    }

    // ---- for the kinds ------------------------------------------------------------------

    /**
     * Checks what every opening must satisfy and returns the effective opening date: the
     * Organization Committee opens tasks; the directive point exists; the due date is after the
     * opening; the lead and coordinating units and the assignee are active on the opening date.
     */
    protected static LocalDate checkOpening(TaskHeader task, LocalDate openedOn, CommandContext context,
                                            DirectiveCatalogue directives, UnitDirectory units,
                                            SteeringRoster roster) {
        Rules.requireOrganizationCommittee(context);
        LocalDate on = openedOn == null ? context.today() : openedOn;
        Rules.requireNotInFuture(on, "openedOn", context);
        if (!directives.isRegistered(task.directiveId())) {
            throw RuleViolation.refused("unknown-directive", "directiveId",
                    "Chưa đăng ký chỉ thị " + task.directiveId() + ".",
                    "The directive " + task.directiveId() + " is unknown: no directive with this id was registered.");
        }
        if (!directives.hasPoint(task.directiveId(), task.pointNumber())) {
            throw RuleViolation.refused("unknown-directive-point", "pointNumber",
                    "Chỉ thị không có điểm số " + task.pointNumber() + ".",
                    "The directive has no point " + task.pointNumber() + ".");
        }
        if (!task.dueDate().isAfter(on)) {
            throw RuleViolation.invalid("due-date-after-opening", "dueDate",
                    "Hạn hoàn thành phải sau ngày mở nhiệm vụ.", "The due date must be after the opening date.");
        }
        requireActiveUnit(units, task.leadUnitId(), on, "leadUnitId");
        task.coordinatingUnitIds().forEach(unit -> requireActiveUnit(units, unit, on, "coordinatingUnitIds"));
        requireActiveMember(roster, task.assigneeId(), on, "assigneeId");
        return on;
    }

    /**
     * Checks a step of the kind's own lifecycle: the task is of that kind and still open, the
     * actor may act on it, and the effective date is neither in the future nor before the task
     * opened. Returns the effective date.
     */
    protected LocalDate checkOwnStep(TaskCommand command) {
        LocalDate on = checkStep(command);
        requireMayAct(command.context());
        return on;
    }

    /** Who a contribution is by: the task itself (null) or the coordinating unit named; and its effective date. */
    protected record Contributor(LocalDate on, String coordinatingUnitId) {
    }

    /**
     * Checks a step that a coordinating unit may take as its own contribution (a progress report),
     * as a comment is checked: the task is of the command's kind and open, the date is valid, and
     * the actor either may act on the task (the task's own step, unit null) or is an officer of a
     * coordinating unit (that unit's contribution, named or not). A unit named must coordinate the
     * task and be the actor's own.
     */
    protected Contributor checkContribution(TaskCommand command, String namedUnitId) {
        LocalDate on = checkStep(command);
        CommandContext context = command.context();
        if (namedUnitId == null) {
            return new Contributor(on, requireMayDiscuss(context));
        }
        if (!coordinatingUnitIds.contains(namedUnitId)) {
            throw RuleViolation.refused("not-a-coordinating-unit", "coordinatingUnitId",
                    "Đơn vị " + namedUnitId + " không phải đơn vị phối hợp của nhiệm vụ này.",
                    "Unit " + namedUnitId + " is not a coordinating unit of this task.");
        }
        if (!context.hasRole(Role.UNIT_OFFICER) || !namedUnitId.equals(context.unitId())) {
            throw RuleViolation.forbidden("not-your-unit", "coordinatingUnitId",
                    "Đồng chí không phải cán bộ của đơn vị " + namedUnitId + "; chỉ báo cáo được phần đóng góp của "
                            + "đơn vị mình.",
                    "You are not an officer of unit " + namedUnitId + "; you may report only your own unit's "
                            + "contribution.");
        }
        return new Contributor(on, namedUnitId);
    }

    /** Applies the kind's closing event, then marks the task done. Returns the new version. */
    protected long complete(Object closingEvent, LocalDate on, CommandContext context) {
        AggregateLifecycle.apply(closingEvent);
        return record(new TaskCompleted(taskId, kind, on, context.userId()));
    }

    /**
     * Applies the kind's own event for an ending without completion (an establishment abandoned,
     * a transfer returned or withdrawn), then marks the task cancelled with the reason, so that
     * reports list it with the cancelled tasks. Returns the new version.
     */
    protected long endWithoutCompletion(Object endingEvent, String reason, LocalDate on, CommandContext context) {
        AggregateLifecycle.apply(endingEvent);
        return record(new TaskCancelled(taskId, reason, on, context.userId()));
    }

    /** Applies an event and returns the aggregate's version after it (the next ETag). */
    protected long record(Object event) {
        return Rules.record(event);
    }

    /** Called when the task's opening event is applied; a kind keeps what it needs of it. */
    protected void whenOpened(TaskOpening opening) {
        // most kinds keep nothing beyond the common state
    }

    protected String taskId() {
        return taskId;
    }

    protected LocalDate dueDate() {
        return dueDate;
    }

    protected LocalDate openedOn() {
        return openedOn;
    }

    /** {@link Rules#requireText}, named here so that the kinds' steps read as their own rules. */
    protected static String requireText(String value, String field) {
        return Rules.requireText(value, field);
    }

    // ---- rules --------------------------------------------------------------------------

    private LocalDate checkStep(TaskCommand command) {
        requireKind(command);
        if (status != TaskStatus.OPEN) {
            throw RuleViolation.refused("task-closed",
                    status == TaskStatus.COMPLETED ? "Nhiệm vụ đã hoàn thành; không thể thay đổi."
                            : "Nhiệm vụ đã bị hủy; không thể thay đổi.",
                    "The task is " + status.name().toLowerCase() + "; nothing can change any more.");
        }
        LocalDate on = command.effectiveOn() == null ? command.context().today() : command.effectiveOn();
        Rules.requireNotInFuture(on, "effectiveOn", command.context());
        if (on.isBefore(openedOn)) {
            throw RuleViolation.invalid("not-before-opening", "effectiveOn",
                    "Ngày hiệu lực không được trước ngày mở nhiệm vụ (" + openedOn + ").",
                    "The effective date cannot be before the task was opened (" + openedOn + ").");
        }
        return on;
    }

    private void requireKind(TaskCommand command) {
        if (command.kind() != kind) {
            throw new AggregateNotFoundException(taskId, "No task of kind " + command.kind() + " with this id");
        }
    }

    /**
     * Who may act on the task may discuss it, and so may an officer of a coordinating unit; returns
     * that coordinating unit, whose contribution the comment, document or progress report is, or
     * null (an officer of the lead unit that also coordinates acts for the lead).
     */
    private String requireMayDiscuss(CommandContext context) {
        if (context.hasRole(Role.UNIT_OFFICER) && !leadUnitId.equals(context.unitId())
                && coordinatingUnitIds.contains(context.unitId())) {
            return context.unitId();
        }
        requireMayAct(context);
        return null;
    }

    /** The Organization Committee acts on any task; a member on the tasks assigned to them; a unit officer on the tasks their unit leads. */
    private void requireMayAct(CommandContext context) {
        boolean allowed = context.hasRole(Role.ORGANIZATION_COMMITTEE)
                || (context.hasRole(Role.STEERING_MEMBER) && context.userId().equals(assigneeId))
                || (context.hasRole(Role.UNIT_OFFICER) && leadUnitId.equals(context.unitId()));
        if (!allowed) {
            throw RuleViolation.forbidden("not-your-task",
                    "Bạn không được giao nhiệm vụ này.", "This task is not assigned to you or your unit.");
        }
    }

    private void requirePending(String extensionId) {
        if (pendingExtensionId == null || !pendingExtensionId.equals(extensionId)) {
            throw RuleViolation.refused("no-such-pending-extension", "extensionId",
                    "Không có đề nghị gia hạn này đang chờ xem xét.", "No such extension request is pending.");
        }
    }

    private static void requireActiveUnit(UnitDirectory units, String unitId, LocalDate on, String field) {
        if (!units.isActive(unitId, on)) {
            throw RuleViolation.refused("unit-not-active", field,
                    "Đơn vị " + unitId + " không hoạt động vào ngày " + on + ".",
                    "Unit " + unitId + " is not active on " + on + ".");
        }
    }

    private static void requireActiveMember(SteeringRoster roster, String memberId, LocalDate on, String field) {
        if (!roster.isActiveMember(memberId, on)) {
            throw RuleViolation.refused("member-not-active", field,
                    "Người được giao không phải thành viên Ban Chỉ đạo vào ngày " + on + ".",
                    "The assignee is not a Steering Committee member on " + on + ".");
        }
    }

    // ---- state --------------------------------------------------------------------------

    @EventSourcingHandler
    void on(TaskOpening opening) {
        taskId = opening.taskId();
        kind = opening.kind();
        status = TaskStatus.OPEN;
        assigneeId = opening.task().assigneeId();
        leadUnitId = opening.task().leadUnitId();
        directiveId = opening.task().directiveId();
        pointNumber = opening.task().pointNumber();
        coordinatingUnitIds = opening.task().coordinatingUnitIds();
        openedOn = opening.openedOn();
        dueDate = opening.task().dueDate();
        whenOpened(opening);
    }

    @EventSourcingHandler
    void on(TaskReassigned event) {
        assigneeId = event.toMemberId();
    }

    @EventSourcingHandler
    void on(DueDateExtensionRequested event) {
        pendingExtensionId = event.extensionId();
        pendingDueDate = event.requestedDueDate();
    }

    @EventSourcingHandler
    void on(DueDateExtensionApproved event) {
        dueDate = event.newDueDate();
        pendingExtensionId = null;
        pendingDueDate = null;
    }

    @EventSourcingHandler
    void on(DueDateExtensionRejected event) {
        pendingExtensionId = null;
        pendingDueDate = null;
    }

    @EventSourcingHandler
    void on(UrgingEvent event) {
        int step = UrgingStep.ordinalOf(event);
        if (step >= 0) {
            urgedDueDate = dueDate;
            lastUrgingStep = step;
        }
    }

    @EventSourcingHandler
    void on(TaskCancelled event) {
        status = TaskStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(TaskCompleted event) {
        status = TaskStatus.COMPLETED;
    }
}
