package vn.directives.command.memberdevelopment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.command.partyorganization.EnterpriseOrganizations;
import vn.directives.events.memberdevelopment.AwarenessCoursePassed;
import vn.directives.events.memberdevelopment.CandidateAdmitted;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.memberdevelopment.CandidateDropped;
import vn.directives.events.memberdevelopment.CandidateRegistered;
import vn.directives.events.memberdevelopment.MemberRecognizedOfficial;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One person's way into the Party from an enterprise: registered as a candidate (quần chúng ưu tú)
 * → awareness course passed, as the course recorded it → admitted as a probationary member by the
 * enterprise's Party organization (only after the course, unless the rule is relaxed with a reason)
 * → recognized official twelve months or more after admission. A candidate may be dropped before
 * admission. The stream is keyed by the person's pseudonymous reference, so a person is registered once.
 */
@Aggregate
class Candidate {

    @AggregateIdentifier
    private String candidateId;
    private String candidateRef;
    private String enterpriseTaxCode;
    private CandidateCategory category;
    private LocalDate registeredOn;
    private boolean coursePassed;
    private String partyOrganizationId;
    private LocalDate admittedOn;
    private boolean recognized;
    private boolean dropped;

    Candidate() {
        // for Axon
    }

    @CommandHandler
    Candidate(RegisterCandidate command, CandidateFacts facts) {
        CandidateRules.requireMayFollowCandidates(command.context());
        String ref = CandidateRules.checkedRef(command.candidateRef());
        String taxCode = Rules.requireText(command.enterpriseTaxCode(), "enterpriseTaxCode");
        if (command.category() == null) {
            throw RuleViolation.invalid("required", "category", "Trường 'category' không được để trống.",
                    "Field 'category' must not be blank.");
        }
        LocalDate on = command.effectiveOn() == null ? command.context().today() : command.effectiveOn();
        Rules.requireNotInFuture(on, "effectiveOn", command.context());
        if (!facts.isEnterpriseKnown(taxCode)) {
            throw RuleViolation.invalid("unknown-enterprise", "enterpriseTaxCode",
                    "Doanh nghiệp chưa có trong sổ theo dõi và chưa có tổ chức đảng.",
                    "The enterprise is neither in the registry nor has a Party organization.");
        }
        apply(new CandidateRegistered(ref, taxCode, command.category(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(RecordAwarenessCourse command, CandidateFacts facts) {
        CandidateRules.requireMayFollowCandidates(command.context());
        requireNotAdmitted();
        if (coursePassed) {
            throw RuleViolation.refused("course-already-recorded", AwarenessCourseCheck.FIELD,
                    "Quần chúng đã được ghi nhận hoàn thành lớp nhận thức về Đảng.",
                    "The candidate's awareness course is already recorded.");
        }
        LocalDate passedOn = AwarenessCourseCheck.passedOn(command.trainingCourseId(), candidateRef, facts);
        return Rules.record(new AwarenessCoursePassed(candidateRef, command.trainingCourseId(), passedOn,
                command.context().userId()));
    }

    @CommandHandler
    long handle(AdmitCandidate command, EnterpriseOrganizations organizations) {
        Rules.requireOrganizationCommittee(command.context());
        requireNotAdmitted();
        LocalDate on = checkDate(command, registeredOn);
        String organizationId = Rules.requireText(command.partyOrganizationId(), "partyOrganizationId");
        if (!organizations.partyOrganizationOf(enterpriseTaxCode).map(organizationId::equals).orElse(false)) {
            throw RuleViolation.invalid("not-enterprise-party-organization", "partyOrganizationId",
                    "Tổ chức đảng này không phải tổ chức đảng của doanh nghiệp nơi quần chúng làm việc.",
                    "This is not the Party organization of the candidate's enterprise.");
        }
        String waiver = CourseRequirement.waiverFor(coursePassed, command.courseWaiverReason());
        return Rules.record(new CandidateAdmitted(candidateRef, organizationId, enterpriseTaxCode, category, waiver,
                on, command.context().userId()));
    }

    @CommandHandler
    long handle(RecognizeOfficial command) {
        Rules.requireOrganizationCommittee(command.context());
        if (admittedOn == null) {
            throw RuleViolation.refused("not-admitted", "Quần chúng chưa được kết nạp.",
                    "The candidate has not been admitted.");
        }
        if (recognized) {
            throw RuleViolation.refused("already-official", "Đảng viên đã được công nhận chính thức.",
                    "The member is already recognized official.");
        }
        LocalDate on = checkDate(command, admittedOn);
        ProbationPeriod.requireOver(admittedOn, on);
        return Rules.record(new MemberRecognizedOfficial(candidateRef, partyOrganizationId, on,
                command.context().userId()));
    }

    @CommandHandler
    long handle(DropCandidate command) {
        CandidateRules.requireMayFollowCandidates(command.context());
        requireNotAdmitted();
        LocalDate on = checkDate(command, registeredOn);
        String reason = Rules.requireText(command.reason(), "reason").strip();
        return Rules.record(new CandidateDropped(candidateRef, reason, on, command.context().userId()));
    }

    // ---- rules --------------------------------------------------------------------------

    /** Nothing but recognition follows an admission, and nothing at all follows a drop. */
    private void requireNotAdmitted() {
        if (dropped) {
            throw RuleViolation.refused("candidate-dropped", "Quần chúng đã thôi theo dõi; không thể thay đổi.",
                    "The candidate was dropped; nothing changes any more.");
        }
        if (admittedOn != null) {
            throw RuleViolation.refused("already-admitted", "Quần chúng đã được kết nạp ngày " + admittedOn + ".",
                    "The candidate was admitted on " + admittedOn + ".");
        }
    }

    /** The effective date: null means today; neither in the future nor before {@code notBefore}. */
    private static LocalDate checkDate(CandidateCommand command, LocalDate notBefore) {
        CommandContext context = command.context();
        LocalDate on = command.effectiveOn() == null ? context.today() : command.effectiveOn();
        Rules.requireNotInFuture(on, "effectiveOn", context);
        if (on.isBefore(notBefore)) {
            throw RuleViolation.invalid("not-before-previous-step", "effectiveOn",
                    "Ngày hiệu lực không được trước bước trước đó (" + notBefore + ").",
                    "The effective date cannot precede the previous step (" + notBefore + ").");
        }
        return on;
    }

    // ---- state --------------------------------------------------------------------------

    @EventSourcingHandler
    void on(CandidateRegistered event) {
        candidateId = CandidateStream.id(event.candidateRef());
        candidateRef = event.candidateRef();
        enterpriseTaxCode = event.enterpriseTaxCode();
        category = event.category();
        registeredOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(AwarenessCoursePassed event) {
        coursePassed = true;
    }

    @EventSourcingHandler
    void on(CandidateAdmitted event) {
        partyOrganizationId = event.partyOrganizationId();
        admittedOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(MemberRecognizedOfficial event) {
        recognized = true;
    }

    @EventSourcingHandler
    void on(CandidateDropped event) {
        dropped = true;
    }
}
