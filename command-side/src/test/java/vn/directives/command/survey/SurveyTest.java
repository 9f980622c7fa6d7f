package vn.directives.command.survey;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.task.Task;
import vn.directives.command.task.TaskFixtures;
import vn.directives.events.survey.EnterpriseFindings;
import vn.directives.events.survey.OwnerAttitude;
import vn.directives.events.survey.Ownership;
import vn.directives.events.survey.SurveyClosed;
import vn.directives.events.survey.SurveyFindingRecorded;
import vn.directives.events.survey.SurveyOpened;
import vn.directives.events.survey.SurveyScope;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;
import java.util.List;

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
                .expectException(RuleViolation.class)
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
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void another_member_cannot_record_findings_on_the_survey() {
        fixture.given(opened())
                .when(new RecordSurveyFinding(ID, null, findings("4600123456", 3, 3), null, otherMember()))
                .expectException(RuleViolation.class)
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
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void nothing_is_recorded_after_the_survey_closed() {
        EnterpriseFindings f = findings("4600123456", 3, 3);
        fixture.given(opened(), new SurveyFindingRecorded(ID, f, OPENED, MEMBER),
                        new SurveyClosed(ID, "Xong.", 1, TODAY, MEMBER),
                        new TaskCompleted(ID, TaskKind.SURVEY, TODAY, MEMBER))
                .when(new RecordSurveyFinding(ID, null, findings("4600999999", 3, 3), null, assignee()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
