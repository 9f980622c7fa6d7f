package vn.directives.command.cellestablishment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.DirectiveCatalogue;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.SteeringRoster;
import vn.directives.command.common.UnitDirectory;
import vn.directives.command.partyorganization.Affiliation;
import vn.directives.command.partyorganization.EnterpriseOrganizations;
import vn.directives.command.task.Task;
import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.cellestablishment.CellEstablishmentAbandoned;
import vn.directives.events.cellestablishment.CellEstablishmentCompleted;
import vn.directives.events.cellestablishment.CellEstablishmentOpened;
import vn.directives.events.cellestablishment.EstablishmentAnnounced;
import vn.directives.events.cellestablishment.EstablishmentDecisionIssued;
import vn.directives.events.cellestablishment.EstablishmentProposalSubmitted;
import vn.directives.events.cellestablishment.MemberPoolConfirmed;
import vn.directives.events.cellestablishment.MembersIntroducedToExistingOrganization;
import vn.directives.events.cellestablishment.OwnerEngaged;
import vn.directives.events.survey.OwnerAttitude;
import vn.directives.events.task.TaskOpening;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static vn.directives.command.cellestablishment.EstablishmentStage.ANNOUNCED;
import static vn.directives.command.cellestablishment.EstablishmentStage.DECISION_ISSUED;
import static vn.directives.command.cellestablishment.EstablishmentStage.MEMBER_POOL_CONFIRMED;
import static vn.directives.command.cellestablishment.EstablishmentStage.OPENED;
import static vn.directives.command.cellestablishment.EstablishmentStage.OWNER_ENGAGED;
import static vn.directives.command.cellestablishment.EstablishmentStage.PROPOSAL_SUBMITTED;

/**
 * Setting up a Party organization in one enterprise (thành lập tổ chức đảng): owner engaged →
 * member pool confirmed → proposal to the directly superior committee → establishment decision →
 * announcement → completed, which brings the organization into being. With fewer than three
 * qualifying official members the members are introduced to an existing organization instead,
 * which also completes the task; it may be abandoned at any time with a reason.
 *
 * <p>The owner's attitude and the member pool may be stated again until the decision, as they
 * change: a member leaving after the proposal is why the decision checks the pool once more.
 */
@Aggregate
class CellEstablishment extends Task {

    private String enterpriseTaxCode;
    private String enterpriseName;
    private EstablishmentStage stage;
    private OwnerAttitude ownerAttitude;
    private MemberPool pool;
    private LocalDate proposedOn;
    private EstablishmentDecisionIssued decision;
    private LocalDate announcedOn;

    CellEstablishment() {
        // for Axon
    }

    @CommandHandler
    CellEstablishment(OpenCellEstablishment command, DirectiveCatalogue directives, UnitDirectory units,
                      SteeringRoster roster, EnterpriseOrganizations organizations) {
        LocalDate on = checkOpening(command.task(), command.openedOn(), command.context(), directives, units, roster);
        requireText(command.enterpriseName(), "enterpriseName");
        if (organizations.partyOrganizationOf(requireText(command.enterpriseTaxCode(), "enterpriseTaxCode"))
                .isPresent()) {
            throw RuleViolation.refused("enterprise-has-party-organization", "enterpriseTaxCode",
                    "Doanh nghiệp đã có tổ chức đảng.", "The enterprise already has a Party organization.");
        }
        apply(new CellEstablishmentOpened(command.taskId(), command.task(), command.enterpriseTaxCode(),
                command.enterpriseName(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(EngageOwner command) {
        LocalDate on = checkOwnStep(command);
        requireBeforeDecision();
        return record(new OwnerEngaged(taskId(), command.attitude(), command.note(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(ConfirmMemberPool command) {
        LocalDate on = checkOwnStep(command);
        if (stage == OPENED) {
            throw RuleViolation.refused("owner-not-engaged",
                    "Chưa vận động chủ doanh nghiệp; chưa thể xác nhận nguồn đảng viên.",
                    "The owner has not been engaged yet; the member pool cannot be confirmed.");
        }
        requireBeforeDecision();
        MemberPoolRules.check(command);
        return record(new MemberPoolConfirmed(taskId(), command.officialMembers(), command.probationaryMembers(),
                command.officialMembersEmployed12Months(), command.memberRefs(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(SubmitEstablishmentProposal command) {
        LocalDate on = checkOwnStep(command);
        requirePoolConfirmed();
        if (stage.isAfter(MEMBER_POOL_CONFIRMED)) {
            throw RuleViolation.refused("proposal-already-submitted",
                    "Đã trình đề nghị thành lập lên cấp ủy cấp trên trực tiếp.", "The proposal was already submitted.");
        }
        requireText(command.superiorCommittee(), "superiorCommittee");
        if (ownerAttitude == OwnerAttitude.REFUSED) {
            throw RuleViolation.refused("owner-refuses",
                    "Chủ doanh nghiệp đang từ chối; chưa thể đề nghị thành lập tổ chức đảng.",
                    "The owner's last stated attitude is a refusal; no proposal can be submitted.");
        }
        requireThreeQualifyingMembers();
        return record(new EstablishmentProposalSubmitted(taskId(), command.superiorCommittee(), on,
                command.context().userId()));
    }

    @CommandHandler
    long handle(RecordEstablishmentDecision command) {
        LocalDate on = checkOwnStep(command);
        if (stage.isBefore(PROPOSAL_SUBMITTED)) {
            throw RuleViolation.refused("proposal-not-submitted",
                    "Chưa trình đề nghị thành lập; chưa thể ghi nhận quyết định.",
                    "No proposal has been submitted; no decision can be recorded.");
        }
        if (stage.isAfter(PROPOSAL_SUBMITTED)) {
            throw RuleViolation.refused("decision-already-recorded", "Đã ghi nhận quyết định thành lập.",
                    "The establishment decision was already recorded.");
        }
        requireText(command.decisionNumber(), "decisionNumber");
        requireText(command.issuingCommittee(), "issuingCommittee");
        requireText(command.organizationName(), "organizationName");
        requireThreeQualifyingMembers();
        requireNotBefore(on, proposedOn, "decision-not-before-proposal", "decidedOn", "ngày đề nghị", "the proposal");
        CellCommitteeRules.check(command.cellCommittee(), pool);
        return record(new EstablishmentDecisionIssued(taskId(), command.decisionNumber(), command.issuingCommittee(),
                command.organizationName(), command.cellCommittee(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(AnnounceEstablishment command) {
        LocalDate on = checkOwnStep(command);
        if (stage.isBefore(DECISION_ISSUED)) {
            throw RuleViolation.refused("decision-not-recorded", "Chưa có quyết định thành lập; chưa thể công bố.",
                    "There is no establishment decision to announce yet.");
        }
        if (stage.isAfter(DECISION_ISSUED)) {
            throw RuleViolation.refused("already-announced", "Quyết định thành lập đã được công bố.",
                    "The decision was already announced.");
        }
        requireText(command.place(), "place");
        requireNotBefore(on, decision.effectiveOn(), "announcement-not-before-decision", "announcedOn",
                "ngày quyết định", "the decision");
        return record(new EstablishmentAnnounced(taskId(), command.place(), on, command.context().userId()));
    }

    /**
     * The organization comes into being of the kind and under the superior committee given, checked as when an
     * existing organization is recorded ({@link Affiliation}), the committee as units were on the decision's day
     * (the organization exists from it).
     */
    @CommandHandler
    long handle(CompleteCellEstablishment command, UnitDirectory units) {
        LocalDate on = checkOwnStep(command);
        if (stage != ANNOUNCED) {
            throw RuleViolation.refused("not-announced",
                    "Chưa công bố quyết định thành lập; chưa thể hoàn thành.",
                    "The decision has not been announced; the establishment cannot complete yet.");
        }
        requireText(command.partyOrganizationId(), "partyOrganizationId");
        requireNotBefore(on, announcedOn, "completion-not-before-announcement", "effectiveOn", "ngày công bố",
                "the announcement");
        Affiliation affiliation = Affiliation.checked(command.organizationKind(), command.superiorCommitteeUnitId(),
                decision.effectiveOn(), units);
        return complete(new CellEstablishmentCompleted(taskId(), command.partyOrganizationId(), enterpriseTaxCode,
                enterpriseName, decision.organizationName(), decision.decisionNumber(), decision.effectiveOn(),
                decision.issuingCommittee(), affiliation.kind(), affiliation.superiorCommitteeUnitId(),
                pool.officialMembers(), pool.probationaryMembers(), on,
                command.context().userId()), on, command.context());
    }

    @CommandHandler
    long handle(IntroduceMembersToExistingOrganization command) {
        LocalDate on = checkOwnStep(command);
        requirePoolConfirmed();
        requireBeforeDecision();
        requireText(command.receivingOrganization(), "receivingOrganization");
        if (pool.allowsOrganization()) {
            throw RuleViolation.refused("enough-members-to-establish",
                    "Doanh nghiệp có đủ 3 đảng viên chính thức để thành lập tổ chức đảng; hãy tiếp tục thủ tục thành lập.",
                    "The enterprise has the three official members an organization needs; establish it instead.");
        }
        if (pool.members() == 0) {
            throw RuleViolation.refused("no-members-to-introduce", "Không có đảng viên nào để giới thiệu.",
                    "There are no members to introduce.");
        }
        return complete(new MembersIntroducedToExistingOrganization(taskId(), command.receivingOrganization(),
                pool.officialMembers(), pool.probationaryMembers(), pool.memberRefs(), on,
                command.context().userId()), on, command.context());
    }

    @CommandHandler
    long handle(AbandonCellEstablishment command) {
        LocalDate on = checkOwnStep(command);
        if (command.reason() == AbandonmentReason.OTHER) {
            requireText(command.note(), "note");
        }
        if (command.reason() == AbandonmentReason.OWNER_REFUSED && ownerAttitude != OwnerAttitude.REFUSED) {
            throw RuleViolation.refused("owner-refusal-not-recorded", "reason",
                    "Chưa ghi nhận chủ doanh nghiệp từ chối; không thể kết thúc với lý do này.",
                    "No refusal by the owner has been recorded; the establishment cannot end for that reason.");
        }
        return endWithoutCompletion(new CellEstablishmentAbandoned(taskId(), command.reason(), command.note(), on,
                command.context().userId()), AbandonmentReasons.describe(command.reason(), command.note()), on,
                command.context());
    }

    // ---- rules --------------------------------------------------------------------------

    private void requireBeforeDecision() {
        if (!stage.isBefore(DECISION_ISSUED)) {
            throw RuleViolation.refused("decision-already-recorded",
                    "Đã có quyết định thành lập; bước này không còn thay đổi được.",
                    "The establishment decision was issued; this step can no longer change.");
        }
    }

    private void requirePoolConfirmed() {
        if (stage.isBefore(MEMBER_POOL_CONFIRMED)) {
            throw RuleViolation.refused("member-pool-not-confirmed",
                    "Chưa xác nhận nguồn đảng viên tại doanh nghiệp.", "The member pool has not been confirmed yet.");
        }
    }

    private void requireThreeQualifyingMembers() {
        if (!pool.allowsOrganization()) {
            throw RuleViolation.refused("three-official-members-required", "officialMembersEmployed12Months",
                    "Cần ít nhất " + MemberPool.MINIMUM_FOR_ORGANIZATION + " đảng viên chính thức làm việc tại doanh "
                            + "nghiệp từ 12 tháng trở lên (Điều lệ Đảng, Điều 21, 24; Nghị định 98/2014/NĐ-CP); hiện có "
                            + pool.officialMembersEmployed12Months() + ".",
                    "At least " + MemberPool.MINIMUM_FOR_ORGANIZATION + " official members employed at the "
                            + "enterprise for 12 months or more are needed (Party Charter art. 21, 24; Decree "
                            + "98/2014/NĐ-CP); there are " + pool.officialMembersEmployed12Months() + ".");
        }
    }

    private static void requireNotBefore(LocalDate on, LocalDate earlier, String rule, String field, String earlierVi,
                                         String earlierEn) {
        if (on.isBefore(earlier)) {
            throw RuleViolation.invalid(rule, field, "Ngày không được trước " + earlierVi + " (" + earlier + ").",
                    "The date cannot be before " + earlierEn + " (" + earlier + ").");
        }
    }

    // ---- state --------------------------------------------------------------------------

    @Override
    protected void whenOpened(TaskOpening opening) {
        CellEstablishmentOpened opened = (CellEstablishmentOpened) opening;
        enterpriseTaxCode = opened.enterpriseTaxCode();
        enterpriseName = opened.enterpriseName();
        stage = OPENED;
    }

    @EventSourcingHandler
    void on(OwnerEngaged event) {
        ownerAttitude = event.attitude();
        stage = stage.atLeast(OWNER_ENGAGED);
    }

    @EventSourcingHandler
    void on(MemberPoolConfirmed event) {
        pool = MemberPool.of(event);
        stage = stage.atLeast(MEMBER_POOL_CONFIRMED);
    }

    @EventSourcingHandler
    void on(EstablishmentProposalSubmitted event) {
        proposedOn = event.effectiveOn();
        stage = PROPOSAL_SUBMITTED;
    }

    @EventSourcingHandler
    void on(EstablishmentDecisionIssued event) {
        decision = event;
        stage = DECISION_ISSUED;
    }

    @EventSourcingHandler
    void on(EstablishmentAnnounced event) {
        announcedOn = event.effectiveOn();
        stage = ANNOUNCED;
    }
}
