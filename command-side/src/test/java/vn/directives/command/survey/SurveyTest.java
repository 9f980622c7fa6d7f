package vn.directives.command.survey;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.directives.command.task.Task;
import vn.directives.events.survey.EnterpriseFindings;
import vn.directives.events.survey.OwnerAttitude;
import vn.directives.events.survey.Ownership;
import vn.directives.events.survey.SurveyClosed;
import vn.directives.events.survey.SurveyFindingRecorded;
import vn.directives.events.survey.SurveyOpened;
import vn.directives.events.survey.SurveyScope;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static vn.directives.command.common.RuleViolations.violates;
import static vn.directives.command.task.TaskFixtures.*;

class SurveyTest {

    private static final String ID = "survey-1";
    private static final SurveyScope SCOPE = new SurveyScope(SurveyScope.Kind.INDUSTRIAL_ZONE, List.of("kcn-yen-binh"),
            "KCN Yên Bình");
    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate TO = LocalDate.of(2025, 5, 31);

    private FixtureConfiguration<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class).withSubtypes(Survey.class);
        fixture.registerInjectableResource(directives());
        fixture.registerInjectableResource(units());
        fixture.registerInjectableResource(roster());
    }

    private static Object opened() {
        return stored(Survey.class, new SurveyOpened(ID, header(), SCOPE, FROM, TO, OPENED, "ban-to-chuc"));
    }

    private static EnterpriseFindings findings(String taxCode, int official, int employed12) {
        return new EnterpriseFindings(taxCode, "Công ty TNHH Minh Phát", Ownership.PRIVATE, 250, official, 1, 0,
                employed12, true, 180, true, 40, false, OwnerAttitude.SUPPORTIVE);
    }

    @Test
    void the_organization_committee_opens_a_survey() {
        fixture.givenNoPriorActivity()
                .when(new OpenSurvey(ID, header(), SCOPE, FROM, TO, OPENED, organizationCommittee()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SurveyOpened(ID, header(), SCOPE, FROM, TO, OPENED, "ban-to-chuc"));
    }

    @Test
    void an_opening_without_a_date_is_effective_today() {
        fixture.givenNoPriorActivity()
                .when(new OpenSurvey(ID, header(), SCOPE, FROM, TO, null, organizationCommittee()))
                .expectEvents(new SurveyOpened(ID, header(), SCOPE, FROM, TO, TODAY, "ban-to-chuc"));
    }

    @Test
    void a_survey_period_cannot_end_before_it_starts() {
        fixture.givenNoPriorActivity()
                .when(new OpenSurvey(ID, header(), SCOPE, TO, FROM, OPENED, organizationCommittee()))
                .expectException(violates("period-order"))
                .expectNoEvents();
    }

    @Test
    void findings_are_recorded_by_the_assignee() {
        EnterpriseFindings f = findings("4600123456", 3, 3);
        fixture.given(opened())
                .when(new RecordSurveyFinding(ID, null, f, LocalDate.of(2025, 3, 10), assignee()))
                .expectEvents(new SurveyFindingRecorded(ID, f, LocalDate.of(2025, 3, 10), MEMBER));
    }

    @Test
    void findings_whose_counts_do_not_add_up_are_refused() {
        fixture.given(opened())
                .when(new RecordSurveyFinding(ID, null, findings("4600123456", 2, 3), null, assignee()))
                .expectException(violates("counts-consistent"))
                .expectNoEvents();
    }

    @Test
    void another_member_cannot_record_findings_on_the_survey() {
        fixture.given(opened())
                .when(new RecordSurveyFinding(ID, null, findings("4600123456", 3, 3), null, otherMember()))
                .expectException(violates("not-your-task"))
                .expectExceptionMessage("This task is not assigned to you or your unit.")
                .expectNoEvents();
    }

    @Test
    void closing_the_survey_completes_the_task() {
        EnterpriseFindings f = findings("4600123456", 3, 3);
        fixture.given(opened(), new SurveyFindingRecorded(ID, f, OPENED, MEMBER))
                .when(new CloseSurvey(ID, null, "Đã khảo sát 1 doanh nghiệp.", TODAY, assignee()))
                .expectEvents(new SurveyClosed(ID, "Đã khảo sát 1 doanh nghiệp.", 1, TODAY, MEMBER),
                        new TaskCompleted(ID, TaskKind.SURVEY, TODAY, MEMBER));
    }

    @Test
    void a_survey_without_findings_cannot_close() {
        fixture.given(opened())
                .when(new CloseSurvey(ID, null, "Không có gì.", TODAY, assignee()))
                .expectException(violates("survey-without-findings"))
                .expectNoEvents();
    }

    @Test
    void nothing_is_recorded_after_the_survey_closed() {
        EnterpriseFindings f = findings("4600123456", 3, 3);
        fixture.given(opened(), new SurveyFindingRecorded(ID, f, OPENED, MEMBER),
                        new SurveyClosed(ID, "Xong.", 1, TODAY, MEMBER),
                        new TaskCompleted(ID, TaskKind.SURVEY, TODAY, MEMBER))
                .when(new RecordSurveyFinding(ID, null, findings("4600999999", 3, 3), null, assignee()))
                .expectException(violates("task-closed"))
                .expectNoEvents();
    }

    // ---- the opening checks every kind shares (Task.checkOpening), exercised once here --------

    private static OpenSurvey opening(TaskHeader task, LocalDate openedOn) {
        return new OpenSurvey(ID, task, SCOPE, FROM, TO, openedOn, organizationCommittee());
    }

    private static TaskHeader headerWith(int point, String leadUnit, List<String> coordinating, String assignee,
                                     LocalDate due) {
        return new TaskHeader(DIRECTIVE, point, "Khảo sát doanh nghiệp KCN Yên Bình", leadUnit, coordinating,
                assignee, due);
    }

    static Stream<Arguments> refusedOpenings() {
        List<String> coordinating = List.of(OTHER_UNIT);
        return Stream.of(
                Arguments.of("unknown-directive-point",
                        opening(headerWith(11, LEAD_UNIT, coordinating, MEMBER, DUE), OPENED)),
                // an id no directive has is an unknown directive, not a missing point of one
                Arguments.of("unknown-directive",
                        opening(new TaskHeader("no-such-directive", 3, "Khảo sát doanh nghiệp KCN Yên Bình",
                                LEAD_UNIT, coordinating, MEMBER, DUE), OPENED)),
                Arguments.of("due-date-after-opening",
                        opening(headerWith(3, LEAD_UNIT, coordinating, MEMBER, OPENED), OPENED)),
                Arguments.of("unit-not-active",
                        opening(headerWith(3, DISSOLVED_UNIT, coordinating, MEMBER, DUE), OPENED)),
                Arguments.of("unit-not-active",
                        opening(headerWith(3, LEAD_UNIT, List.of(OTHER_UNIT, DISSOLVED_UNIT), MEMBER, DUE), OPENED)),
                Arguments.of("member-not-active",
                        opening(headerWith(3, LEAD_UNIT, coordinating, RELIEVED_MEMBER, DUE), OPENED)),
                Arguments.of("not-in-future",
                        opening(header(), TODAY.plusDays(1))),
                Arguments.of("organization-committee-only",
                        new OpenSurvey(ID, header(), SCOPE, FROM, TO, OPENED, assignee())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedOpenings")
    void an_opening_that_breaks_a_rule_every_kind_shares_is_refused(String rule, OpenSurvey command) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(violates(rule))
                .expectNoEvents();
    }

    // ---- findings and closing -----------------------------------------------------------

    private static EnterpriseFindings findings(int workers, int official, int probationary, int atResidence,
                                               int employed12, boolean tradeUnion, int tradeUnionMembers,
                                               boolean youthUnion, int youthUnionMembers) {
        return new EnterpriseFindings("4600123456", "Công ty TNHH Minh Phát", Ownership.PRIVATE, workers, official,
                probationary, atResidence, employed12, tradeUnion, tradeUnionMembers, youthUnion, youthUnionMembers,
                false, OwnerAttitude.SUPPORTIVE);
    }

    static Stream<EnterpriseFindings> inconsistentFindings() {
        return Stream.of(
                findings(3, 3, 1, 0, 3, true, 2, true, 2),       // more members than workers
                findings(250, 3, 1, 5, 3, true, 180, true, 40),  // more at residence than members
                findings(250, 3, 1, 0, 3, true, 251, true, 40),  // more trade union members than workers
                findings(250, 3, 1, 0, 3, false, 1, true, 40),   // trade union members without a union
                findings(250, 3, 1, 0, 3, true, 180, true, 251), // more Youth Union members than workers
                findings(250, 3, 1, 0, 3, true, 180, false, 1)); // Youth Union members without a union
    }

    @ParameterizedTest
    @MethodSource("inconsistentFindings")
    void every_count_of_the_findings_must_add_up(EnterpriseFindings inconsistent) {
        fixture.given(opened())
                .when(new RecordSurveyFinding(ID, null, inconsistent, null, assignee()))
                .expectException(violates("counts-consistent"))
                .expectNoEvents();
    }

    @Test
    void findings_at_the_limits_of_every_count_are_accepted() {
        EnterpriseFindings limits = findings(4, 3, 1, 4, 3, true, 4, true, 4);
        fixture.given(opened())
                .when(new RecordSurveyFinding(ID, null, limits, null, assignee()))
                .expectEvents(new SurveyFindingRecorded(ID, limits, TODAY, MEMBER));
    }

    @Test
    void closing_the_survey_needs_a_summary() {
        fixture.given(opened(), new SurveyFindingRecorded(ID, findings("4600123456", 3, 3), OPENED, MEMBER))
                .when(new CloseSurvey(ID, null, " ", TODAY, assignee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }
}
