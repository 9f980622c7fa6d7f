package vn.directives.command.partyorganization;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.CommandContext;
import vn.directives.platform.security.Role;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.command.common.UnitDirectory;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.MemberStatus;
import vn.directives.events.partyorganization.MembersLeft;
import vn.directives.events.partyorganization.MembersReceived;
import vn.directives.events.partyorganization.MembersTransferredIn;
import vn.directives.events.partyorganization.MembersTransferredOut;
import vn.directives.events.partyorganization.NewMembersAdmitted;
import vn.directives.events.partyorganization.PartyOrganizationAffiliationChanged;
import vn.directives.events.partyorganization.PartyOrganizationDissolved;
import vn.directives.events.partyorganization.PartyOrganizationEstablished;
import vn.directives.events.partyorganization.PartyOrganizationMerged;
import vn.directives.events.partyorganization.ProbationaryMembersRecognized;
import vn.directives.events.partyorganization.RecordSource;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The Party organization of one enterprise (one per enterprise). It comes into being when a cell
 * establishment completes, or is recorded as already existing (with its kind and directly superior
 * committee); then it admits new members (probationary), recognizes them official, receives or loses
 * members by transfer, loses members otherwise (death, removal, expulsion, on request), and may be
 * classified or re-affiliated. It ends merged into another organization or dissolved, its members
 * handed on; a closed organization changes no more. Its members are counted by status
 * ({@link Membership}); its total counts official and probationary members but not those here
 * temporarily (sinh hoạt tạm thời).
 */
@Aggregate
class PartyOrganization {

    @AggregateIdentifier
    private String partyOrganizationId;
    private LocalDate since;
    private Affiliation affiliation = Affiliation.NOT_CLASSIFIED;
    private final Membership members = new Membership();
    private LocalDate closedOn;
    private final Set<String> transfersIn = new HashSet<>();
    private final Set<String> transfersOut = new HashSet<>();

    PartyOrganization() {
        // for Axon
    }

    @CommandHandler
    PartyOrganization(EstablishPartyOrganization command, EnterpriseOrganizations organizations) {
        requireNoOrganization(organizations, command.enterpriseTaxCode());
        apply(new PartyOrganizationEstablished(command.partyOrganizationId(), command.enterpriseTaxCode(),
                command.enterpriseName(), command.organizationName(), command.cellEstablishmentTaskId(),
                command.decisionNumber(), command.issuingCommittee(), command.kind(),
                command.superiorCommitteeUnitId(), command.officialMembers(),
                command.probationaryMembers(), command.decidedOn(), command.context().userId()));
    }

    @CommandHandler
    PartyOrganization(RecordExistingPartyOrganization command, EnterpriseOrganizations organizations,
                      UnitDirectory units) {
        Rules.requireOrganizationCommittee(command.context());
        Rules.requireText(command.enterpriseName(), "enterpriseName");
        Rules.requireText(command.organizationName(), "organizationName");
        Rules.requireNotInFuture(command.since(), "since", command.context());
        Affiliation affiliation = Affiliation.checked(command.kind(), command.superiorCommitteeUnitId(),
                command.since(), units);
        if (command.officialMembers() < 0 || command.probationaryMembers() < 0) {
            throw RuleViolation.invalid("not-negative", "officialMembers", "Số đảng viên không được âm.",
                    "Member counts cannot be negative.");
        }
        if (command.source() == RecordSource.SURVEY) {
            Rules.requireText(command.sourceReference(), "sourceReference");
        }
        requireNoOrganization(organizations, command.enterpriseTaxCode());
        apply(new ExistingPartyOrganizationRecorded(command.partyOrganizationId(), command.enterpriseTaxCode(),
                command.enterpriseName(), command.organizationName(), affiliation.kind(),
                affiliation.superiorCommitteeUnitId(), command.source(), command.sourceReference(),
                command.officialMembers(), command.probationaryMembers(), command.since(),
                command.context().userId()));
    }

    /** Classifies an organization recorded without its kind, or records that its kind or committee changed. */
    @CommandHandler
    long handle(RecordAffiliationChange command, UnitDirectory units) {
        Rules.requireOrganizationCommittee(command.context());
        LocalDate on = checkDate(command);
        Affiliation changed = Affiliation.checked(command.kind(), command.superiorCommitteeUnitId(), on, units);
        if (changed.equals(affiliation)) {
            throw RuleViolation.refused("nothing-changed", "kind",
                    "Tổ chức đảng đã có loại và cấp ủy cấp trên trực tiếp này.",
                    "The organization already has this kind and superior committee.");
        }
        return Rules.record(new PartyOrganizationAffiliationChanged(partyOrganizationId, changed.kind(),
                changed.superiorCommitteeUnitId(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(RecordAdmission command) {
        Rules.requireOrganizationCommittee(command.context());
        LocalDate on = checkDate(command);
        requireSomeMembers(command.admitted(), "admitted");
        return Rules.record(new NewMembersAdmitted(partyOrganizationId, command.admitted(), on, command.context().userId()));
    }

    /** A candidate admitted by their own stream (member development) counts as one admission here. */
    @CommandHandler
    long handle(RecordCandidateAdmission command) {
        LocalDate on = checkDate(command);
        return Rules.record(new NewMembersAdmitted(partyOrganizationId, 1, on, command.context().userId()));
    }

    @CommandHandler
    long handle(RecordTransferIn command) {
        requireMayRecordTransfers(command.context());
        LocalDate on = checkDate(command);
        requireSomeMembers(command.members(), "members");
        requireNewTransfer(command.transferTaskId(), transfersIn);
        return Rules.record(new MembersTransferredIn(partyOrganizationId, command.transferTaskId(), command.members(),
                command.temporary(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(RecordTransferOut command) {
        requireMayRecordTransfers(command.context());
        LocalDate on = checkDate(command);
        requireSomeMembers(command.members(), "members");
        requireNewTransfer(command.transferTaskId(), transfersOut);
        if (!command.temporary() && command.members() > members.total()) {
            throw RuleViolation.refused("not-enough-members", "members",
                    "Tổ chức đảng chỉ có " + members.total() + " đảng viên; không thể chuyển đi " + command.members()
                            + ".",
                    "The organization has " + members.total() + " members; " + command.members() + " cannot leave.");
        }
        return Rules.record(new MembersTransferredOut(partyOrganizationId, command.transferTaskId(), command.members(),
                command.temporary(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(RecordRecognition command) {
        Rules.requireOrganizationCommittee(command.context());
        LocalDate on = checkDate(command);
        requireSomeMembers(command.members(), "members");
        requireMembers(MemberStatus.PROBATIONARY, command.members());
        return Rules.record(new ProbationaryMembersRecognized(partyOrganizationId, command.members(), null, on,
                command.context().userId()));
    }

    /** A candidate recognized by their own stream (member development) moves one probationary member to official. */
    @CommandHandler
    long handle(RecordCandidateRecognition command) {
        LocalDate on = checkDate(command);
        requireMembers(MemberStatus.PROBATIONARY, 1);
        return Rules.record(new ProbationaryMembersRecognized(partyOrganizationId, 1, command.candidateRef(), on,
                command.context().userId()));
    }

    @CommandHandler
    long handle(RecordExit command) {
        Rules.requireOrganizationCommittee(command.context());
        LocalDate on = checkDate(command);
        if (command.reason() == null) {
            throw RuleViolation.invalid("required", "reason",
                    "Chưa chọn lý do (từ trần, xóa tên, khai trừ, xin ra khỏi Đảng).",
                    "The reason is required (death, removal from the rolls, expulsion, leaving on request).");
        }
        if (command.status() == null) {
            throw RuleViolation.invalid("required", "status",
                    "Chưa chọn loại đảng viên (chính thức, dự bị, sinh hoạt tạm thời).",
                    "The members' status is required (official, probationary, temporary).");
        }
        requireSomeMembers(command.members(), "members");
        requireMembers(command.status(), command.members());
        return Rules.record(new MembersLeft(partyOrganizationId, command.reason(), command.status(), command.members(),
                on, command.context().userId()));
    }

    @CommandHandler
    long handle(MergePartyOrganization command, OpenOrganizations organizations) {
        Rules.requireOrganizationCommittee(command.context());
        LocalDate on = checkDate(command);
        String into = Rules.requireText(command.intoPartyOrganizationId(), "intoPartyOrganizationId");
        Reorganization.requireOtherOpen(partyOrganizationId, into, "intoPartyOrganizationId", organizations);
        return Rules.record(new PartyOrganizationMerged(partyOrganizationId, into, members.counts(), on,
                command.context().userId()));
    }

    @CommandHandler
    long handle(DissolvePartyOrganization command, OpenOrganizations organizations) {
        Rules.requireOrganizationCommittee(command.context());
        LocalDate on = checkDate(command);
        String reason = Rules.requireText(command.reason(), "reason").strip();
        MemberCounts leaving = command.leaving() == null ? MemberCounts.NONE : command.leaving();
        Reorganization.requireSuccessors(partyOrganizationId, command.successors(), organizations);
        Reorganization.requireEveryMemberAccountedFor(members.counts(), command.successors(), leaving);
        return Rules.record(new PartyOrganizationDissolved(partyOrganizationId, reason, command.successors(), leaving,
                on, command.context().userId()));
    }

    /** The members of a merged or dissolved organization arrive; refused (and the reorganization with it) when closed. */
    @CommandHandler
    long handle(ReceiveMembers command) {
        LocalDate on = checkDate(command);
        return Rules.record(new MembersReceived(partyOrganizationId, command.fromPartyOrganizationId(),
                command.members(), on, command.context().userId()));
    }

    // ---- rules --------------------------------------------------------------------------

    private static void requireNoOrganization(EnterpriseOrganizations organizations, String enterpriseTaxCode) {
        if (organizations.partyOrganizationOf(Rules.requireText(enterpriseTaxCode, "enterpriseTaxCode")).isPresent()) {
            throw OnePerEnterprise.violated();
        }
    }

    /** Transfers are recorded by those who follow up tasks; readers (Standing Committee, inspectors) may not. */
    private static void requireMayRecordTransfers(CommandContext context) {
        if (!(context.hasRole(Role.ORGANIZATION_COMMITTEE) || context.hasRole(Role.STEERING_MEMBER)
                || context.hasRole(Role.UNIT_OFFICER))) {
            throw RuleViolation.forbidden("may-not-record-transfers",
                    "Bạn không có quyền ghi nhận chuyển sinh hoạt đảng.", "You may not record member transfers.");
        }
    }

    /** The effective date: null means today; neither in the future nor before the organization existed. */
    private LocalDate checkDate(PartyOrganizationCommand command) {
        if (closedOn != null) {
            throw RuleViolation.refused("organization-closed",
                    "Tổ chức đảng đã hợp nhất hoặc giải thể từ ngày " + closedOn + "; không thể thay đổi.",
                    "The organization was merged or dissolved on " + closedOn + "; nothing can change any more.");
        }
        LocalDate on = command.effectiveOn() == null ? command.context().today() : command.effectiveOn();
        Rules.requireNotInFuture(on, "effectiveOn", command.context());
        if (on.isBefore(since)) {
            throw RuleViolation.invalid("not-before-organization", "effectiveOn",
                    "Ngày hiệu lực không được trước ngày thành lập tổ chức đảng (" + since + ").",
                    "The effective date cannot be before the organization existed (" + since + ").");
        }
        return on;
    }

    private static void requireSomeMembers(int count, String field) {
        if (count < 1) {
            throw RuleViolation.invalid("at-least-one-member", field, "Số đảng viên phải từ 1 trở lên.",
                    "The number of members must be at least 1.");
        }
    }

    /** No count may go below zero: members leave or are recognized only if the organization has them. */
    private void requireMembers(MemberStatus status, int leaving) {
        int counted = members.of(status);
        if (leaving > counted) {
            throw RuleViolation.refused("not-enough-members", "members",
                    "Tổ chức đảng chỉ có " + counted + " " + Reorganization.label(status) + "; không thể ghi nhận "
                            + leaving + ".",
                    "The organization has " + counted + " " + status.name().toLowerCase() + " members; " + leaving
                            + " cannot be recorded.");
        }
    }

    /** A transfer is counted once, even if recorded again. */
    private static void requireNewTransfer(String transferTaskId, Set<String> recorded) {
        if (recorded.contains(Rules.requireText(transferTaskId, "transferTaskId"))) {
            throw RuleViolation.refused("transfer-already-recorded", "transferTaskId",
                    "Việc chuyển sinh hoạt này đã được ghi nhận.", "This transfer was already recorded.");
        }
    }

    /** Its members by status now, as its events count them (read by {@link RecordedMembersReader}). */
    MemberCounts counts() {
        return members.counts();
    }

    // ---- state --------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PartyOrganizationEstablished event) {
        partyOrganizationId = event.partyOrganizationId();
        since = event.effectiveOn();
        affiliation = new Affiliation(event.kind(), event.superiorCommitteeUnitId());
        members.add(MemberStatus.OFFICIAL, event.officialMembers());
        members.add(MemberStatus.PROBATIONARY, event.probationaryMembers());
    }

    @EventSourcingHandler
    void on(ExistingPartyOrganizationRecorded event) {
        partyOrganizationId = event.partyOrganizationId();
        since = event.effectiveOn();
        affiliation = new Affiliation(event.kind(), event.superiorCommitteeUnitId());
        members.add(MemberStatus.OFFICIAL, event.officialMembers());
        members.add(MemberStatus.PROBATIONARY, event.probationaryMembers());
    }

    @EventSourcingHandler
    void on(PartyOrganizationAffiliationChanged event) {
        affiliation = new Affiliation(event.kind(), event.superiorCommitteeUnitId());
    }

    @EventSourcingHandler
    void on(NewMembersAdmitted event) {
        members.add(MemberStatus.PROBATIONARY, event.admitted());
    }

    @EventSourcingHandler
    void on(MembersTransferredIn event) {
        transfersIn.add(event.transferTaskId());
        members.add(event.temporary() ? MemberStatus.TEMPORARY : MemberStatus.OFFICIAL, event.members());
    }

    @EventSourcingHandler
    void on(MembersTransferredOut event) {
        transfersOut.add(event.transferTaskId());
        if (!event.temporary()) {
            members.transferredOut(event.members());
        }
    }

    @EventSourcingHandler
    void on(ProbationaryMembersRecognized event) {
        members.add(MemberStatus.PROBATIONARY, -event.members());
        members.add(MemberStatus.OFFICIAL, event.members());
    }

    @EventSourcingHandler
    void on(MembersLeft event) {
        members.add(event.status(), -event.members());
    }

    @EventSourcingHandler
    void on(MembersReceived event) {
        members.add(event.members(), 1);
    }

    @EventSourcingHandler
    void on(PartyOrganizationMerged event) {
        members.add(event.members(), -1);
        closedOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(PartyOrganizationDissolved event) {
        event.successors().forEach(share -> members.add(share.members(), -1));
        members.add(event.leaving(), -1);
        closedOn = event.effectiveOn();
    }
}
