package vn.directives.command.membertransfer;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.DirectiveCatalogue;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.SteeringRoster;
import vn.directives.command.common.UnitDirectory;
import vn.directives.command.common.WorkingDays;
import vn.directives.command.task.Task;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.membertransfer.IntroductionLetterAccepted;
import vn.directives.events.membertransfer.IntroductionLetterIssued;
import vn.directives.events.membertransfer.MemberTransferCompleted;
import vn.directives.events.membertransfer.MemberTransferRequested;
import vn.directives.events.membertransfer.MemberTransferReturned;
import vn.directives.events.membertransfer.MemberTransferWithdrawn;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.task.TaskOpening;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The transfer of one Party member (chuyển sinh hoạt đảng) between the organization at the place
 * of residence and an enterprise's: requested → introduction letter issued → letter presented to
 * and accepted by the receiving organization → completed; or returned by the receiving side, or
 * withdrawn, before acceptance. The member is known here by a pseudonymous reference only.
 */
@Aggregate
class MemberTransfer extends Task {

    /** The transfer starts (the letter is issued) within this many working days of the decision. */
    private static final int DAYS_TO_ISSUE_LETTER = 60;
    /** The letter is presented to the receiving organization within this many working days of its issue. */
    private static final int DAYS_TO_PRESENT_LETTER = 30;

    /** Where the transfer stands, in the words a refusal uses. */
    private enum Stage {
        REQUESTED("mới đề nghị, chưa cấp giấy giới thiệu", "requested; no introduction letter issued yet"),
        LETTER_ISSUED("đã cấp giấy giới thiệu, chưa được tiếp nhận", "letter issued; not yet accepted"),
        LETTER_ACCEPTED("đã được tổ chức đảng nơi đến tiếp nhận", "accepted by the receiving organization");

        private final String vi;
        private final String en;

        Stage(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }
    }

    private Stage stage;
    private String memberRef;
    private TransferDirection direction;
    private TransferType type;
    /** The enterprise whose Party organization the member joins or leaves. */
    private String enterpriseTaxCode;
    private LocalDate decisionDate;
    private LocalDate letterIssuedOn;
    private LocalDate lastStepOn;

    MemberTransfer() {
        // for Axon
    }

    @CommandHandler
    MemberTransfer(RequestMemberTransfer command, DirectiveCatalogue directives, UnitDirectory units,
                   SteeringRoster roster) {
        LocalDate on = checkOpening(command.task(), command.openedOn(), command.context(), directives, units, roster);
        TransferRequestRules.check(command, on, units);
        apply(new MemberTransferRequested(command.taskId(), command.task(), command.memberRef(), command.direction(),
                command.type(), command.temporaryPeriod(), command.sendingOrganization(),
                command.receivingOrganization(), command.decisionDate(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(IssueIntroductionLetter command, WorkingDays workingDays) {
        LocalDate on = checkStepAt(command, Stage.REQUESTED);
        requireText(command.letterNumber(), "letterNumber");
        return record(new IntroductionLetterIssued(taskId(), command.letterNumber(),
                WorkingDayLimit.judge(workingDays, decisionDate, DAYS_TO_ISSUE_LETTER, on, command.lateReason()),
                on, command.context().userId()));
    }

    @CommandHandler
    long handle(AcceptIntroductionLetter command, WorkingDays workingDays) {
        LocalDate on = checkStepAt(command, Stage.LETTER_ISSUED);
        return record(new IntroductionLetterAccepted(taskId(),
                WorkingDayLimit.judge(workingDays, letterIssuedOn, DAYS_TO_PRESENT_LETTER, on, command.lateReason()),
                on, command.context().userId()));
    }

    @CommandHandler
    long handle(CompleteMemberTransfer command) {
        LocalDate on = checkStepAt(command, Stage.LETTER_ACCEPTED);
        CommandContext context = command.context();
        return complete(new MemberTransferCompleted(taskId(), memberRef, direction, type, enterpriseTaxCode, on,
                context.userId()),
                on, context);
    }

    @CommandHandler
    long handle(ReturnMemberTransfer command) {
        LocalDate on = checkStepAt(command, Stage.LETTER_ISSUED);
        String reason = requireText(command.reason(), "reason");
        CommandContext context = command.context();
        return endWithoutCompletion(new MemberTransferReturned(taskId(), reason, on, context.userId()),
                reason, on, context);
    }

    @CommandHandler
    long handle(WithdrawMemberTransfer command) {
        LocalDate on = checkOwnStep(command);
        if (stage == Stage.LETTER_ACCEPTED) {
            throw RuleViolation.refused("withdrawal-before-acceptance",
                    "Tổ chức đảng nơi đến đã tiếp nhận đảng viên; không thể rút hồ sơ chuyển sinh hoạt.",
                    "The receiving organization has accepted the member; the transfer can no longer be withdrawn.");
        }
        requireNotBeforeLastStep(on);
        String reason = requireText(command.reason(), "reason");
        CommandContext context = command.context();
        return endWithoutCompletion(new MemberTransferWithdrawn(taskId(), reason, on, context.userId()),
                reason, on, context);
    }

    /** The common checks of an own step, then: the transfer is at the stage the step follows, and time runs forward. */
    private LocalDate checkStepAt(TaskCommand command, Stage expected) {
        LocalDate on = checkOwnStep(command);
        if (stage != expected) {
            throw RuleViolation.refused("step-out-of-order",
                    "Chưa thể thực hiện bước này: hồ sơ chuyển sinh hoạt đảng " + stage.vi + ".",
                    "This step is out of order: the transfer is " + stage.en + ".");
        }
        requireNotBeforeLastStep(on);
        return on;
    }

    private void requireNotBeforeLastStep(LocalDate on) {
        if (on.isBefore(lastStepOn)) {
            throw RuleViolation.invalid("not-before-previous-step", "effectiveOn",
                    "Ngày hiệu lực không được trước ngày của bước trước (" + lastStepOn + ").",
                    "The effective date cannot be before the previous step's date (" + lastStepOn + ").");
        }
    }

    @Override
    protected void whenOpened(TaskOpening opening) {
        MemberTransferRequested requested = (MemberTransferRequested) opening;
        stage = Stage.REQUESTED;
        memberRef = requested.memberRef();
        direction = requested.direction();
        type = requested.type();
        decisionDate = requested.decisionDate();
        lastStepOn = requested.openedOn();
        enterpriseTaxCode = direction == TransferDirection.RESIDENCE_TO_ENTERPRISE
                ? requested.receivingOrganization().enterpriseTaxCode()
                : requested.sendingOrganization().enterpriseTaxCode();
    }

    @EventSourcingHandler
    void on(IntroductionLetterIssued event) {
        stage = Stage.LETTER_ISSUED;
        letterIssuedOn = event.effectiveOn();
        lastStepOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(IntroductionLetterAccepted event) {
        stage = Stage.LETTER_ACCEPTED;
        lastStepOn = event.effectiveOn();
    }
}
