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
import vn.directives.events.partyorganization.MembersTransferredIn;
import vn.directives.events.partyorganization.MembersTransferredOut;
import vn.directives.events.partyorganization.NewMembersAdmitted;
import vn.directives.events.partyorganization.PartyOrganizationAffiliationChanged;
import vn.directives.events.partyorganization.PartyOrganizationEstablished;
import vn.directives.events.partyorganization.RecordSource;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The Party organization of one enterprise (one per enterprise). It comes into being when a cell
 * establishment completes, or is recorded as already existing (with its kind and directly superior
 * committee); then it admits new members, receives or loses members by transfer, and may be
 * classified or re-affiliated. Its total counts official and probationary members but
 * not those here temporarily (sinh hoạt tạm thời).
 */
@Aggregate
class PartyOrganization {

    @AggregateIdentifier
    private String partyOrganizationId;
    private LocalDate since;
    private Affiliation affiliation = Affiliation.NOT_CLASSIFIED;
    private int members;
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
                command.decisionNumber(), command.issuingCommittee(), command.officialMembers(),
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
        if (!command.temporary() && command.members() > members) {
            throw RuleViolation.refused("not-enough-members", "members",
                    "Tổ chức đảng chỉ có " + members + " đảng viên; không thể chuyển đi " + command.members() + ".",
                    "The organization has " + members + " members; " + command.members() + " cannot leave.");
        }
        return Rules.record(new MembersTransferredOut(partyOrganizationId, command.transferTaskId(), command.members(),
                command.temporary(), on, command.context().userId()));
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

    /** A transfer is counted once, even if recorded again. */
    private static void requireNewTransfer(String transferTaskId, Set<String> recorded) {
        if (recorded.contains(Rules.requireText(transferTaskId, "transferTaskId"))) {
            throw RuleViolation.refused("transfer-already-recorded", "transferTaskId",
                    "Việc chuyển sinh hoạt này đã được ghi nhận.", "This transfer was already recorded.");
        }
    }

    // ---- state --------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PartyOrganizationEstablished event) {
        partyOrganizationId = event.partyOrganizationId();
        since = event.effectiveOn();
        members = event.officialMembers() + event.probationaryMembers();
    }

    @EventSourcingHandler
    void on(ExistingPartyOrganizationRecorded event) {
        partyOrganizationId = event.partyOrganizationId();
        since = event.effectiveOn();
        affiliation = new Affiliation(event.kind(), event.superiorCommitteeUnitId());
        members = event.officialMembers() + event.probationaryMembers();
    }

    @EventSourcingHandler
    void on(PartyOrganizationAffiliationChanged event) {
        affiliation = new Affiliation(event.kind(), event.superiorCommitteeUnitId());
    }

    @EventSourcingHandler
    void on(NewMembersAdmitted event) {
        members += event.admitted();
    }

    @EventSourcingHandler
    void on(MembersTransferredIn event) {
        transfersIn.add(event.transferTaskId());
        if (!event.temporary()) {
            members += event.members();
        }
    }

    @EventSourcingHandler
    void on(MembersTransferredOut event) {
        transfersOut.add(event.transferTaskId());
        if (!event.temporary()) {
            members -= event.members();
        }
    }
}
