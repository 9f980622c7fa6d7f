package vn.directives.command.trainingcourse;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.task.CancelTask;
import vn.directives.command.task.Task;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskKind;
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
import java.util.stream.IntStream;

import static vn.directives.command.task.TaskFixtures.*;
import static vn.directives.command.common.RuleViolations.violates;

class TrainingCourseTest {

    private static final String ID = "course-1";
    private static final String ORGANIZER = "truong-chinh-tri-tinh";
    private static final LocalDate START = LocalDate.of(2025, 3, 10);
    private static final LocalDate END = LocalDate.of(2025, 3, 12);
    private static final LocalDate COURSE_OPENED = LocalDate.of(2025, 3, 11);
    private static final int CAPACITY = 3;

    private FixtureConfiguration<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class).withSubtypes(TrainingCourse.class);
        fixture.registerInjectableResource(directives());
        fixture.registerInjectableResource(units());
        fixture.registerInjectableResource(roster());
    }

    // ---- the world ----------------------------------------------------------------------

    private static TrainingCoursePlanned planned(int capacity) {
        return new TrainingCoursePlanned(ID, header(), CourseKind.PARTY_WORK_SKILLS, ORGANIZER, START, END, capacity,
                OPENED, "ban-to-chuc");
    }

    private static Object plannedFor(int capacity) {
        return stored(TrainingCourse.class, planned(capacity));
    }

    private static PlanTrainingCourse plan(LocalDate start, LocalDate end, int capacity) {
        return new PlanTrainingCourse(ID, header(), CourseKind.PARTY_WORK_SKILLS, ORGANIZER, start, end, capacity,
                OPENED, organizationCommittee());
    }

    private static Participant participant(int n) {
        return new Participant("dv-" + n, LEAD_UNIT);
    }

    private static List<Participant> participants(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(TrainingCourseTest::participant).toList();
    }

    private static ParticipantsEnrolled enrolled(int from, int to) {
        return new ParticipantsEnrolled(ID, participants(from, to), OPENED, MEMBER);
    }

    private static EnrolParticipants enrol(List<Participant> participants) {
        return new EnrolParticipants(ID, null, participants, TODAY, assignee());
    }

    private static ParticipantResult attendedPassedCertified(int n) {
        return new ParticipantResult("dv-" + n, true, true, true);
    }

    private static Object courseOpened() {
        return new TrainingCourseOpened(ID, COURSE_OPENED, MEMBER);
    }

    private static RecordParticipantResults recordResults(ParticipantResult... results) {
        return new RecordParticipantResults(ID, null, List.of(results), TODAY, assignee());
    }

    private static Matcher<Exception> violation(String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Exception e) {
                return e instanceof RuleViolation v && rule.equals(v.rule());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of rule ").appendValue(rule);
            }
        };
    }

    // ---- planning -----------------------------------------------------------------------

    @Test
    void the_organization_committee_plans_a_course_and_so_opens_the_task() {
        fixture.givenNoPriorActivity()
                .when(plan(START, END, 40))
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned(40));
    }

    @Test
    void only_the_organization_committee_plans_a_course() {
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingCourse(ID, header(), CourseKind.NEW_MEMBER, ORGANIZER, START, END, 40,
                        OPENED, assignee()))
                .expectException(violation("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void a_course_may_start_and_end_on_the_same_day() {
        fixture.givenNoPriorActivity()
                .when(plan(START, START, 40))
                .expectEvents(new TrainingCoursePlanned(ID, header(), CourseKind.PARTY_WORK_SKILLS, ORGANIZER,
                        START, START, 40, OPENED, "ban-to-chuc"));
    }

    @Test
    void a_course_cannot_end_before_it_starts() {
        fixture.givenNoPriorActivity()
                .when(plan(START, START.minusDays(1), 40))
                .expectException(violation("course-dates-order"))
                .expectNoEvents();
    }

    @Test
    void a_course_planned_to_last_a_year_is_a_typing_error() {
        fixture.givenNoPriorActivity()
                .when(plan(START, START.plusYears(1), 40))
                .expectException(violation("course-too-long"))
                .expectNoEvents();
    }

    @Test
    void an_elementary_theory_course_spread_over_months_is_accepted() {
        LocalDate end = START.plusMonths(4);
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingCourse(ID, header(), CourseKind.ELEMENTARY_POLITICAL_THEORY, ORGANIZER,
                        START, end, 60, OPENED, organizationCommittee()))
                .expectEvents(new TrainingCoursePlanned(ID, header(), CourseKind.ELEMENTARY_POLITICAL_THEORY,
                        ORGANIZER, START, end, 60, OPENED, "ban-to-chuc"));
    }

    @Test
    void a_course_takes_at_least_one_participant() {
        fixture.givenNoPriorActivity()
                .when(plan(START, END, 0))
                .expectException(violation("capacity-range"))
                .expectNoEvents();
    }

    @Test
    void a_course_takes_at_most_five_hundred_participants() {
        fixture.givenNoPriorActivity()
                .when(plan(START, END, 501))
                .expectException(violation("capacity-range"))
                .expectNoEvents();
    }

    @Test
    void a_course_of_five_hundred_is_accepted() {
        fixture.givenNoPriorActivity()
                .when(plan(START, END, 500))
                .expectEvents(planned(500));
    }

    @Test
    void the_course_kind_is_required() {
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingCourse(ID, header(), null, ORGANIZER, START, END, 40, OPENED,
                        organizationCommittee()))
                .expectException(violation("required"))
                .expectNoEvents();
    }

    @Test
    void the_organizer_is_required() {
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingCourse(ID, header(), CourseKind.PARTY_AWARENESS, " ", START, END, 40, OPENED,
                        organizationCommittee()))
                .expectException(violation("required"))
                .expectNoEvents();
    }

    @Test
    void the_planned_start_is_required() {
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingCourse(ID, header(), CourseKind.PARTY_AWARENESS, ORGANIZER, null, END, 40, OPENED,
                        organizationCommittee()))
                .expectException(violation("required"))
                .expectNoEvents();
    }

    @Test
    void the_planned_end_is_required() {
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingCourse(ID, header(), CourseKind.PARTY_AWARENESS, ORGANIZER, START, null, 40,
                        OPENED, organizationCommittee()))
                .expectException(violation("required"))
                .expectNoEvents();
    }

    @Test
    void the_organizer_must_be_active_on_the_opening_date() {
        fixture.givenNoPriorActivity()
                .when(new PlanTrainingCourse(ID, header(), CourseKind.PARTY_AWARENESS, DISSOLVED_UNIT, START, END,
                        40, OPENED, organizationCommittee()))
                .expectException(violation("unit-not-active"))
                .expectNoEvents();
    }

    // ---- enrolment ----------------------------------------------------------------------

    @Test
    void the_assignee_enrols_several_participants_at_once() {
        fixture.given(plannedFor(CAPACITY))
                .when(enrol(participants(1, 2)))
                .expectEvents(new ParticipantsEnrolled(ID, participants(1, 2), TODAY, MEMBER));
    }

    @Test
    void enrolment_up_to_exactly_the_capacity_is_accepted() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 2))
                .when(enrol(List.of(participant(3))))
                .expectEvents(new ParticipantsEnrolled(ID, List.of(participant(3)), TODAY, MEMBER));
    }

    @Test
    void one_more_than_the_capacity_is_refused() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 3))
                .when(enrol(List.of(participant(4))))
                .expectException(violation("capacity-exceeded"))
                .expectNoEvents();
    }

    @Test
    void a_batch_that_would_only_partly_fit_enrols_nobody() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1))
                .when(enrol(participants(2, 4)))
                .expectException(violation("capacity-exceeded"))
                .expectNoEvents();
    }

    @Test
    void a_participant_already_enrolled_is_refused() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1))
                .when(enrol(List.of(participant(2), participant(1))))
                .expectException(violation("already-enrolled"))
                .expectNoEvents();
    }

    @Test
    void the_same_participant_twice_in_one_batch_is_refused() {
        fixture.given(plannedFor(CAPACITY))
                .when(enrol(List.of(participant(1), participant(1))))
                .expectException(violation("duplicate-participant"))
                .expectNoEvents();
    }

    @Test
    void a_participant_from_a_unit_not_active_on_the_date_is_refused() {
        fixture.given(plannedFor(CAPACITY))
                .when(enrol(List.of(participant(1), new Participant("dv-2", DISSOLVED_UNIT))))
                .expectException(violation("unit-not-active"))
                .expectNoEvents();
    }

    @Test
    void a_participant_without_a_unit_is_refused() {
        fixture.given(plannedFor(CAPACITY))
                .when(enrol(List.of(participant(1), new Participant("dv-2", " "))))
                .expectException(violation("required"))
                .expectNoEvents();
    }

    @Test
    void a_name_is_not_accepted_as_a_participant_reference() {
        fixture.given(plannedFor(CAPACITY))
                .when(enrol(List.of(new Participant("Nguyễn Văn An", LEAD_UNIT))))
                .expectException(violation("participant-ref-pseudonymous"))
                .expectNoEvents();
    }

    @Test
    void a_bare_citizen_id_is_not_accepted_as_a_participant_reference() {
        fixture.given(plannedFor(CAPACITY))
                .when(enrol(List.of(new Participant("001085012345", LEAD_UNIT))))
                .expectException(violation("participant-ref-pseudonymous"))
                .expectNoEvents();
    }

    @Test
    void an_enrolment_names_at_least_one_participant() {
        fixture.given(plannedFor(CAPACITY))
                .when(enrol(List.of()))
                .expectException(violation("required"))
                .expectNoEvents();
    }

    @Test
    void another_member_cannot_enrol_participants() {
        fixture.given(plannedFor(CAPACITY))
                .when(new EnrolParticipants(ID, null, participants(1, 1), TODAY, otherMember()))
                .expectException(violation("not-your-task"))
                .expectNoEvents();
    }

    @Test
    void nobody_is_enrolled_after_the_course_opened() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1), courseOpened())
                .when(enrol(List.of(participant(2))))
                .expectException(violation("course-already-opened"))
                .expectNoEvents();
    }

    // ---- withdrawal ---------------------------------------------------------------------

    @Test
    void an_enrolled_participant_is_withdrawn_before_the_course_opens() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 2))
                .when(new WithdrawParticipant(ID, null, "dv-2", WithdrawalReason.RECALLED_BY_UNIT, TODAY,
                        leadUnitOfficer()))
                .expectEvents(new ParticipantWithdrawn(ID, "dv-2", WithdrawalReason.RECALLED_BY_UNIT, TODAY,
                        "officer-1"));
    }

    @Test
    void a_withdrawal_frees_a_place() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 3),
                        new ParticipantWithdrawn(ID, "dv-2", WithdrawalReason.REPLACED, OPENED, MEMBER))
                .when(enrol(List.of(participant(4))))
                .expectEvents(new ParticipantsEnrolled(ID, List.of(participant(4)), TODAY, MEMBER));
    }

    @Test
    void only_an_enrolled_participant_can_be_withdrawn() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1))
                .when(new WithdrawParticipant(ID, null, "dv-9", WithdrawalReason.OTHER, TODAY, assignee()))
                .expectException(violation("not-enrolled"))
                .expectNoEvents();
    }

    @Test
    void a_withdrawal_gives_its_reason() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1))
                .when(new WithdrawParticipant(ID, null, "dv-1", null, TODAY, assignee()))
                .expectException(violation("required"))
                .expectNoEvents();
    }

    @Test
    void nobody_is_withdrawn_after_the_course_opened() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 2), courseOpened())
                .when(new WithdrawParticipant(ID, null, "dv-2", WithdrawalReason.REQUESTED_BY_PARTICIPANT, TODAY,
                        assignee()))
                .expectException(violation("course-already-opened"))
                .expectNoEvents();
    }

    // ---- opening ------------------------------------------------------------------------

    @Test
    void the_course_opens_on_the_day_it_actually_started() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 2))
                .when(new OpenTrainingCourse(ID, null, COURSE_OPENED, assignee()))
                .expectEvents(new TrainingCourseOpened(ID, COURSE_OPENED, MEMBER));
    }

    @Test
    void a_course_without_participants_cannot_open() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1),
                        new ParticipantWithdrawn(ID, "dv-1", WithdrawalReason.OTHER, OPENED, MEMBER))
                .when(new OpenTrainingCourse(ID, null, COURSE_OPENED, assignee()))
                .expectException(violation("no-participants"))
                .expectNoEvents();
    }

    @Test
    void a_course_opens_once() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1), courseOpened())
                .when(new OpenTrainingCourse(ID, null, TODAY, assignee()))
                .expectException(violation("course-already-opened"))
                .expectNoEvents();
    }

    @Test
    void the_course_cannot_open_before_the_task_was_opened() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1))
                .when(new OpenTrainingCourse(ID, null, OPENED.minusDays(1), assignee()))
                .expectException(violation("not-before-opening"))
                .expectNoEvents();
    }

    // ---- attendance and results ---------------------------------------------------------

    @Test
    void results_of_enrolled_participants_are_recorded_after_the_course_opened() {
        List<ParticipantResult> results = List.of(attendedPassedCertified(1),
                new ParticipantResult("dv-2", true, false, false));
        fixture.given(plannedFor(CAPACITY), enrolled(1, 2), courseOpened())
                .when(new RecordParticipantResults(ID, null, results, TODAY, assignee()))
                .expectEvents(new ParticipantResultsRecorded(ID, results, TODAY, MEMBER));
    }

    @Test
    void no_results_before_the_course_opened() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1))
                .when(recordResults(attendedPassedCertified(1)))
                .expectException(violation("course-not-opened"))
                .expectNoEvents();
    }

    @Test
    void results_cannot_be_dated_before_the_course_opened() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1), courseOpened())
                .when(new RecordParticipantResults(ID, null, List.of(attendedPassedCertified(1)),
                        COURSE_OPENED.minusDays(1), assignee()))
                .expectException(violation("not-before-course-opening"))
                .expectNoEvents();
    }

    @Test
    void results_are_recorded_only_for_enrolled_participants() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1), courseOpened())
                .when(recordResults(attendedPassedCertified(1), attendedPassedCertified(7)))
                .expectException(violation("not-enrolled"))
                .expectNoEvents();
    }

    @Test
    void a_withdrawn_participant_has_no_result() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 2),
                        new ParticipantWithdrawn(ID, "dv-2", WithdrawalReason.OTHER, OPENED, MEMBER), courseOpened())
                .when(recordResults(attendedPassedCertified(2)))
                .expectException(violation("not-enrolled"))
                .expectNoEvents();
    }

    @Test
    void a_participant_who_did_not_attend_cannot_pass() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1), courseOpened())
                .when(recordResults(new ParticipantResult("dv-1", false, true, false)))
                .expectException(violation("pass-needs-attendance"))
                .expectNoEvents();
    }

    @Test
    void a_certificate_needs_a_pass() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1), courseOpened())
                .when(recordResults(new ParticipantResult("dv-1", true, false, true)))
                .expectException(violation("certificate-needs-pass"))
                .expectNoEvents();
    }

    @Test
    void the_same_participant_twice_in_one_record_is_refused() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1), courseOpened())
                .when(recordResults(attendedPassedCertified(1), new ParticipantResult("dv-1", true, false, false)))
                .expectException(violation("duplicate-participant"))
                .expectNoEvents();
    }

    // ---- closing ------------------------------------------------------------------------

    @Test
    void closing_counts_the_trained_the_passed_and_the_certificates_and_completes_the_task() {
        fixture.given(plannedFor(4), enrolled(1, 4), courseOpened(),
                        new ParticipantResultsRecorded(ID, List.of(attendedPassedCertified(1),
                                new ParticipantResult("dv-2", true, true, false),
                                new ParticipantResult("dv-3", true, false, false),
                                new ParticipantResult("dv-4", false, false, false)), TODAY, MEMBER))
                .when(new CloseTrainingCourse(ID, null, TODAY, assignee()))
                .expectEvents(new TrainingCourseClosed(ID, 4, 3, 2, 1, TODAY, MEMBER),
                        new TaskCompleted(ID, TaskKind.TRAINING_COURSE, TODAY, MEMBER));
    }

    @Test
    void a_later_result_replaces_the_earlier_one_in_the_counts() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1), courseOpened(),
                        new ParticipantResultsRecorded(ID, List.of(new ParticipantResult("dv-1", true, false, false)),
                                COURSE_OPENED, MEMBER),
                        new ParticipantResultsRecorded(ID, List.of(attendedPassedCertified(1)), TODAY, MEMBER))
                .when(new CloseTrainingCourse(ID, null, TODAY, assignee()))
                .expectEvents(new TrainingCourseClosed(ID, 1, 1, 1, 1, TODAY, MEMBER),
                        new TaskCompleted(ID, TaskKind.TRAINING_COURSE, TODAY, MEMBER));
    }

    @Test
    void a_course_cannot_close_while_a_participant_has_no_result() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 2), courseOpened(),
                        new ParticipantResultsRecorded(ID, List.of(attendedPassedCertified(1)), TODAY, MEMBER))
                .when(new CloseTrainingCourse(ID, null, TODAY, assignee()))
                .expectException(violation("results-missing"))
                .expectNoEvents();
    }

    @Test
    void a_course_cannot_close_before_it_opened() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1))
                .when(new CloseTrainingCourse(ID, null, TODAY, assignee()))
                .expectException(violation("course-not-opened"))
                .expectNoEvents();
    }

    @Test
    void the_closing_cannot_be_dated_before_the_course_opened() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1), courseOpened(),
                        new ParticipantResultsRecorded(ID, List.of(attendedPassedCertified(1)), TODAY, MEMBER))
                .when(new CloseTrainingCourse(ID, null, COURSE_OPENED.minusDays(1), assignee()))
                .expectException(violation("not-before-course-opening"))
                .expectNoEvents();
    }

    // ---- after the end ------------------------------------------------------------------

    @Test
    void nothing_is_recorded_after_the_course_closed() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1), courseOpened(),
                        new ParticipantResultsRecorded(ID, List.of(attendedPassedCertified(1)), TODAY, MEMBER),
                        new TrainingCourseClosed(ID, 1, 1, 1, 1, TODAY, MEMBER),
                        new TaskCompleted(ID, TaskKind.TRAINING_COURSE, TODAY, MEMBER))
                .when(recordResults(new ParticipantResult("dv-1", true, false, false)))
                .expectException(violation("task-closed"))
                .expectNoEvents();
    }

    @Test
    void a_planned_course_is_cancelled_like_any_task() {
        fixture.given(plannedFor(CAPACITY), enrolled(1, 1))
                .when(new CancelTask(ID, TaskKind.TRAINING_COURSE, null, "Không đủ học viên đăng ký.", TODAY,
                        organizationCommittee()))
                .expectEvents(new TaskCancelled(ID, "Không đủ học viên đăng ký.", TODAY, "ban-to-chuc"));
    }

    @Test
    void nobody_is_enrolled_after_the_course_was_cancelled() {
        fixture.given(plannedFor(CAPACITY),
                        new TaskCancelled(ID, "Không đủ học viên đăng ký.", TODAY, "ban-to-chuc"))
                .when(enrol(List.of(participant(1))))
                .expectException(violation("task-closed"))
                .expectNoEvents();
    }
}
