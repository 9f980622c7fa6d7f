package vn.directives.command.memberdevelopment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.command.partyorganization.EnterpriseOrganizations;
import vn.directives.events.memberdevelopment.AwarenessCoursePassed;
import vn.directives.events.memberdevelopment.CandidateAdmitted;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.memberdevelopment.CandidateDropped;
import vn.directives.events.memberdevelopment.CandidateRegistered;
import vn.directives.events.memberdevelopment.MemberRecognizedOfficial;
import vn.directives.events.trainingcourse.CourseKind;
import vn.directives.platform.security.Role;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.directives.command.common.RuleViolations.violates;

class CandidateTest {

    private static final String REF = "qc-minhphat-017";
    private static final String ID = CandidateStream.id(REF);
    private static final String TAX_CODE = "4600112233";
    private static final String ORGANIZATION = "org-minh-phat";
    private static final String AWARENESS_COURSE = "course-awareness-2025";
    private static final String SKILLS_COURSE = "course-skills-2025";
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate REGISTERED = LocalDate.of(2025, 2, 10);
    private static final LocalDate PASSED = LocalDate.of(2025, 3, 20);
    private static final LocalDate ADMITTED = LocalDate.of(2025, 5, 19);

    private static final CommandContext ORGANIZATION_COMMITTEE =
            new CommandContext("ban-to-chuc", Set.of(Role.ORGANIZATION_COMMITTEE), null, TODAY);
    private static final CommandContext UNIT_OFFICER =
            new CommandContext("officer-1", Set.of(Role.UNIT_OFFICER), "dang-uy-khoi-doanh-nghiep", TODAY);
    private static final CommandContext STEERING_MEMBER =
            new CommandContext("member-nguyen", Set.of(Role.STEERING_MEMBER), null, TODAY);

    private FixtureConfiguration<Candidate> fixture;
    /** What the awareness course recorded for the candidate. */
    private boolean coursePassed = true;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Candidate.class);
        Map<String, CourseKind> kinds = Map.of(AWARENESS_COURSE, CourseKind.PARTY_AWARENESS,
                SKILLS_COURSE, CourseKind.PARTY_WORK_SKILLS);
        fixture.registerInjectableResource(new CandidateFacts() {
            @Override
            public boolean isEnterpriseKnown(String taxCode) {
                return TAX_CODE.equals(taxCode);
            }

            @Override
            public Optional<CourseKind> courseKind(String trainingCourseId) {
                return Optional.ofNullable(kinds.get(trainingCourseId));
            }

            @Override
            public Optional<CourseResult> result(String trainingCourseId, String participantRef) {
                if (!participantRef.equals(REF) || !kinds.containsKey(trainingCourseId)) {
                    return Optional.empty();
                }
                return Optional.of(new CourseResult(coursePassed, PASSED));
            }
        });
        EnterpriseOrganizations organizations = taxCode ->
                TAX_CODE.equals(taxCode) ? Optional.of(ORGANIZATION) : Optional.empty();
        fixture.registerInjectableResource(organizations);
    }

    private static CandidateRegistered registered() {
        return new CandidateRegistered(REF, TAX_CODE, CandidateCategory.OWNER, REGISTERED, "officer-1");
    }

    private static AwarenessCoursePassed passed() {
        return new AwarenessCoursePassed(REF, AWARENESS_COURSE, PASSED, "officer-1");
    }

    private static CandidateAdmitted admitted() {
        return new CandidateAdmitted(REF, ORGANIZATION, TAX_CODE, CandidateCategory.OWNER, null, ADMITTED,
                "ban-to-chuc");
    }

    // ---- registration -------------------------------------------------------------------

    @Test
    void a_unit_officer_registers_a_candidate_of_a_known_enterprise_with_a_category() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCandidate(REF, TAX_CODE, CandidateCategory.OWNER, REGISTERED, UNIT_OFFICER))
                .expectEvents(registered());
    }

    @Test
    void a_candidate_is_named_by_a_pseudonymous_reference_never_a_name_or_an_id_number() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCandidate("001203004567", TAX_CODE, CandidateCategory.OWNER, REGISTERED,
                        UNIT_OFFICER))
                .expectException(violates("candidate-ref-pseudonymous", "candidateRef"))
                .expectNoEvents();
    }

    @Test
    void a_candidate_belongs_to_an_enterprise_the_registry_or_a_party_organization_knows() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCandidate(REF, "0101234567", CandidateCategory.MANAGER, REGISTERED, UNIT_OFFICER))
                .expectException(violates("unknown-enterprise", "enterpriseTaxCode"))
                .expectNoEvents();
    }

    @Test
    void steering_members_do_not_register_candidates() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCandidate(REF, TAX_CODE, CandidateCategory.OWNER, REGISTERED, STEERING_MEMBER))
                .expectException(violates("may-not-follow-candidates"))
                .expectNoEvents();
    }

    // ---- awareness course ---------------------------------------------------------------

    @Test
    void the_awareness_course_is_recorded_with_the_date_of_the_courses_result() {
        fixture.given(registered())
                .when(new RecordAwarenessCourse(ID, null, AWARENESS_COURSE, UNIT_OFFICER))
                .expectEvents(passed());
    }

    @Test
    void a_course_of_another_kind_is_not_the_awareness_course() {
        fixture.given(registered())
                .when(new RecordAwarenessCourse(ID, null, SKILLS_COURSE, UNIT_OFFICER))
                .expectException(violates("not-awareness-course", "trainingCourseId"))
                .expectNoEvents();
    }

    @Test
    void a_course_that_recorded_a_failure_for_the_candidate_is_refused() {
        coursePassed = false;
        fixture.given(registered())
                .when(new RecordAwarenessCourse(ID, null, AWARENESS_COURSE, UNIT_OFFICER))
                .expectException(violates("course-not-passed", "trainingCourseId"))
                .expectNoEvents();
    }

    @Test
    void an_unknown_course_is_refused() {
        fixture.given(registered())
                .when(new RecordAwarenessCourse(ID, null, "no-such-course", UNIT_OFFICER))
                .expectException(violates("unknown-training-course", "trainingCourseId"))
                .expectNoEvents();
    }

    // ---- admission ----------------------------------------------------------------------

    @Test
    void a_candidate_who_passed_the_course_is_admitted_by_the_enterprises_party_organization() {
        fixture.given(registered(), passed())
                .when(new AdmitCandidate(ID, null, ORGANIZATION, null, ADMITTED, ORGANIZATION_COMMITTEE))
                .expectEvents(admitted());
    }

    @Test
    void a_candidate_without_the_awareness_course_is_not_admitted() {
        fixture.given(registered())
                .when(new AdmitCandidate(ID, null, ORGANIZATION, "  ", ADMITTED, ORGANIZATION_COMMITTEE))
                .expectException(violates("awareness-course-required", "courseWaiverReason"))
                .expectNoEvents();
    }

    @Test
    void the_course_requirement_is_relaxed_with_a_reason_that_the_admission_records() {
        fixture.given(registered())
                .when(new AdmitCandidate(ID, null, ORGANIZATION, " Lớp năm 2025 chưa mở tại phường ", ADMITTED,
                        ORGANIZATION_COMMITTEE))
                .expectEvents(new CandidateAdmitted(REF, ORGANIZATION, TAX_CODE, CandidateCategory.OWNER,
                        "Lớp năm 2025 chưa mở tại phường", ADMITTED, "ban-to-chuc"));
    }

    @Test
    void the_admitting_organization_is_the_one_of_the_candidates_enterprise() {
        fixture.given(registered(), passed())
                .when(new AdmitCandidate(ID, null, "org-elsewhere", null, ADMITTED, ORGANIZATION_COMMITTEE))
                .expectException(violates("not-enterprise-party-organization", "partyOrganizationId"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_records_an_admission() {
        fixture.given(registered(), passed())
                .when(new AdmitCandidate(ID, null, ORGANIZATION, null, ADMITTED, UNIT_OFFICER))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void a_candidate_is_admitted_once() {
        fixture.given(registered(), passed(), admitted())
                .when(new AdmitCandidate(ID, null, ORGANIZATION, null, ADMITTED, ORGANIZATION_COMMITTEE))
                .expectException(violates("already-admitted"))
                .expectNoEvents();
    }

    // ---- recognition --------------------------------------------------------------------

    @Test
    void recognition_on_the_day_twelve_months_after_admission_is_accepted() {
        fixture.given(registered(), passed(), admitted())
                .when(new RecognizeOfficial(ID, null, LocalDate.of(2026, 5, 19), ORGANIZATION_COMMITTEE))
                .expectEvents(new MemberRecognizedOfficial(REF, ORGANIZATION, LocalDate.of(2026, 5, 19),
                        "ban-to-chuc"));
    }

    @Test
    void recognition_the_day_before_twelve_months_is_refused() {
        fixture.given(registered(), passed(), admitted())
                .when(new RecognizeOfficial(ID, null, LocalDate.of(2026, 5, 18), ORGANIZATION_COMMITTEE))
                .expectException(violates("probation-twelve-months", "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_candidate_not_admitted_is_not_recognized() {
        fixture.given(registered(), passed())
                .when(new RecognizeOfficial(ID, null, null, ORGANIZATION_COMMITTEE))
                .expectException(violates("not-admitted"))
                .expectNoEvents();
    }

    // ---- dropping -----------------------------------------------------------------------

    @Test
    void a_candidate_dropped_with_a_reason_changes_no_more() {
        fixture.given(registered(), new CandidateDropped(REF, "Chuyển công tác", LocalDate.of(2025, 3, 1),
                        "officer-1"))
                .when(new AdmitCandidate(ID, null, ORGANIZATION, "Lý do", ADMITTED, ORGANIZATION_COMMITTEE))
                .expectException(violates("candidate-dropped"))
                .expectNoEvents();
    }

    @Test
    void an_admitted_member_is_not_dropped() {
        fixture.given(registered(), passed(), admitted())
                .when(new DropCandidate(ID, null, "Chuyển công tác", null, UNIT_OFFICER))
                .expectException(violates("already-admitted"))
                .expectNoEvents();
    }
}
