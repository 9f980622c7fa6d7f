package vn.directives.command.generaltask;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositoryProvider;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.RegisteredEnterprises;
import vn.directives.command.common.UnitHierarchy;
import vn.directives.command.task.DelegateSubTask;
import vn.directives.command.task.Task;
import vn.directives.platform.security.Role;
import vn.directives.events.enterprise.OrganizationFounding;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.generaltask.GeneralTaskCompleted;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.generaltask.ProgressReported;
import vn.directives.events.task.SubTaskDelegated;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.directives.command.common.RuleViolations.violates;
import static vn.directives.command.task.TaskFixtures.*;

class GeneralTaskTest {

    private static final String ID = "general-1";
    private static final String SUB_ID = "general-1-a";
    private static final String PRODUCT = "Báo cáo";
    private static final String WARD = "dang-uy-phuong-tan-thinh";
    private static final LocalDate SUB_DUE = LocalDate.of(2025, 5, 31);
    private static final String REGISTERED_TAX_CODE = "0314409058";
    private static final String ENTERPRISE_NAME = "Công ty TNHH Điện tử Sao Mai";

    private FixtureConfiguration<Task> fixture;
    private final EventStore subTaskStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class).withSubtypes(GeneralTask.class);
        fixture.registerInjectableResource(directives());
        fixture.registerInjectableResource(units());
        fixture.registerInjectableResource(roster());
        fixture.registerInjectableResource((UnitHierarchy) (unit, upper) -> WARD.equals(unit) && LEAD_UNIT.equals(upper));
        fixture.registerInjectableResource(new GeneralSubTasks());
        fixture.registerInjectableResource((RegisteredEnterprises) taxCode ->
                REGISTERED_TAX_CODE.equals(taxCode) ? Optional.of(ENTERPRISE_NAME) : Optional.empty());
        // The fixture stores the events of one aggregate only: a sub-task goes to a store of its own.
        Repository<Task> subTasks = EventSourcingRepository.builder(Task.class)
                .aggregateModel(AnnotatedAggregateMetaModelFactory.inspectAggregate(Task.class,
                        Set.of(GeneralTask.class)))
                .eventStore(subTaskStore)
                .build();
        fixture.registerRepositoryProvider(new RepositoryProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Repository<T> repositoryFor(Class<T> aggregateType) {
                return (Repository<T>) subTasks;
            }
        });
    }

    private List<Object> subTaskEvents() {
        return subTaskStore.readEvents(SUB_ID).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    // ---- the world ----------------------------------------------------------------------

    private static TaskHeader dialogue() {
        return new TaskHeader(DIRECTIVE, 3, "Tổ chức đối thoại với chủ doanh nghiệp", LEAD_UNIT, List.of(OTHER_UNIT),
                MEMBER, DUE);
    }

    private static GeneralTaskOpened opening() {
        return new GeneralTaskOpened(ID, dialogue(), "Mỗi quý một hội nghị đối thoại", "Hội nghị", null, OPENED,
                "ban-to-chuc");
    }

    private static Object opened() {
        return stored(GeneralTask.class, opening());
    }

    private static ProgressReported progress(int percentage, int previous) {
        return new ProgressReported(ID, percentage, previous, "Đã tổ chức đối thoại tại 2 KCN", null, TODAY, MEMBER);
    }

    private static ReportProgress report(int percentage, String reason, CommandContext context) {
        return new ReportProgress(ID, null, percentage, "Đã tổ chức đối thoại tại 2 KCN", reason, null, null, context);
    }

    private static ReportProgress contribution(int percentage, String reason, String unit, CommandContext context) {
        return new ReportProgress(ID, null, percentage, "Đã vận động 12 công đoàn cơ sở", reason, unit, null,
                context);
    }

    private static ProgressReported contributed(int percentage, int previous, String reason) {
        return new ProgressReported(ID, percentage, previous, "Đã vận động 12 công đoàn cơ sở", reason, OTHER_UNIT,
                TODAY, "officer-ldld");
    }

    private static CommandContext coordinatingUnitOfficer() {
        return new CommandContext("officer-ldld", Set.of(Role.UNIT_OFFICER), OTHER_UNIT, TODAY);
    }

    private static DelegateSubTask delegate(String unit, LocalDate due, CommandContext context) {
        return new DelegateSubTask(ID, TaskKind.GENERAL, null, SUB_ID, "Đối thoại tại phường Tân Thịnh", null, PRODUCT,
                unit, List.of(), OTHER_MEMBER, due, null, context);
    }

    // ---- opening ------------------------------------------------------------------------

    @Test
    void the_organization_committee_opens_a_general_task_with_its_expected_product() {
        fixture.givenNoPriorActivity()
                .when(new OpenGeneralTask(ID, dialogue(), "Mỗi quý một hội nghị đối thoại", "Hội nghị", OPENED,
                        organizationCommittee()))
                .expectEvents(opening());
    }

    @Test
    void a_general_task_needs_an_expected_product() {
        fixture.givenNoPriorActivity()
                .when(new OpenGeneralTask(ID, dialogue(), null, " ", OPENED, organizationCommittee()))
                .expectException(violates("required", "expectedProduct"))
                .expectNoEvents();
    }

    @Test
    void a_steering_member_cannot_open_a_general_task() {
        fixture.givenNoPriorActivity()
                .when(new OpenGeneralTask(ID, dialogue(), null, "Hội nghị", OPENED, assignee()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    // ---- progress -----------------------------------------------------------------------

    @Test
    void the_assignee_reports_progress() {
        fixture.given(opened())
                .when(report(40, null, assignee()))
                .expectEvents(progress(40, 0))
                .expectResultMessagePayload(1L);
    }

    @Test
    void progress_is_a_percentage() {
        fixture.given(opened())
                .when(report(101, null, assignee()))
                .expectException(violates("percentage-range", "percentage"))
                .expectNoEvents();
    }

    @Test
    void progress_going_backwards_needs_a_reason() {
        fixture.given(opened(), progress(60, 0))
                .when(report(50, null, assignee()))
                .expectException(violates("progress-backwards-needs-reason", "reason"))
                .expectNoEvents();
    }

    @Test
    void progress_goes_backwards_with_its_reason() {
        fixture.given(opened(), progress(60, 0))
                .when(report(50, "Một hội nghị phải tổ chức lại", assignee()))
                .expectEvents(new ProgressReported(ID, 50, 60, "Đã tổ chức đối thoại tại 2 KCN",
                        "Một hội nghị phải tổ chức lại", TODAY, MEMBER));
    }

    @Test
    void another_member_cannot_report_progress_on_a_task_not_theirs() {
        fixture.given(opened())
                .when(report(40, null, otherMember()))
                .expectException(violates("not-your-task"))
                .expectNoEvents();
    }

    // ---- a coordinating unit's contribution ---------------------------------------------

    @Test
    void a_coordinating_units_officer_reports_its_contribution_apart_from_the_tasks_own_progress() {
        fixture.given(opened(), progress(60, 0))
                .when(contribution(30, null, null, coordinatingUnitOfficer()))
                .expectEvents(contributed(30, 0, null));
    }

    @Test
    void a_coordinating_units_officer_may_name_their_unit() {
        fixture.given(opened())
                .when(contribution(30, null, OTHER_UNIT, coordinatingUnitOfficer()))
                .expectEvents(contributed(30, 0, null));
    }

    @Test
    void a_contribution_does_not_move_the_tasks_own_figure() {
        fixture.given(opened(), progress(20, 0), contributed(80, 0, null))
                .when(report(30, null, assignee()))
                .expectEvents(progress(30, 20));
    }

    @Test
    void a_contribution_going_backwards_needs_a_reason_against_the_units_own_last_report() {
        fixture.given(opened(), progress(10, 0), contributed(50, 0, null))
                .when(contribution(40, null, null, coordinatingUnitOfficer()))
                .expectException(violates("progress-backwards-needs-reason", "reason"))
                .expectNoEvents();
    }

    @Test
    void a_contribution_goes_backwards_with_its_reason() {
        fixture.given(opened(), contributed(50, 0, null))
                .when(contribution(40, "Hai công đoàn rút đăng ký", null, coordinatingUnitOfficer()))
                .expectEvents(contributed(40, 50, "Hai công đoàn rút đăng ký"));
    }

    @Test
    void a_unit_named_must_coordinate_the_task() {
        fixture.given(opened())
                .when(contribution(30, null, "tinh-doan",
                        new CommandContext("officer-x", Set.of(Role.UNIT_OFFICER), "tinh-doan", TODAY)))
                .expectException(violates("not-a-coordinating-unit", "coordinatingUnitId"))
                .expectNoEvents();
    }

    @Test
    void a_coordinating_unit_named_must_be_the_actors_own() {
        fixture.given(opened())
                .when(contribution(30, null, OTHER_UNIT, assignee()))
                .expectException(violates("not-your-unit", "coordinatingUnitId"))
                .expectNoEvents();
    }

    @Test
    void an_officer_of_a_unit_neither_leading_nor_coordinating_cannot_report() {
        fixture.given(opened())
                .when(report(30, null, new CommandContext("officer-x", Set.of(Role.UNIT_OFFICER), "tinh-doan", TODAY)))
                .expectException(violates("not-your-task"))
                .expectNoEvents();
    }

    // ---- completion ---------------------------------------------------------------------

    @Test
    void completion_names_the_product_document_and_completes_the_task() {
        fixture.given(opened())
                .when(new CompleteGeneralTask(ID, null, "Báo cáo số 12-BC/ĐUK", null, null, leadUnitOfficer()))
                .expectEvents(new GeneralTaskCompleted(ID, "Báo cáo số 12-BC/ĐUK", TODAY, "officer-1"),
                        new TaskCompleted(ID, TaskKind.GENERAL, TODAY, "officer-1"));
    }

    @Test
    void completion_needs_the_product_document() {
        fixture.given(opened())
                .when(new CompleteGeneralTask(ID, null, "", null, null, assignee()))
                .expectException(violates("required", "productDocument"))
                .expectNoEvents();
    }

    // ---- completion founding a socio-political organization -----------------------------

    private static CompleteGeneralTask founding(String taxCode, SocioPoliticalOrganizationKind kind,
                                                LocalDate foundedOn) {
        return new CompleteGeneralTask(ID, null, "Báo cáo số 3-BC/LĐLĐ",
                new CompleteGeneralTask.Founding(taxCode, kind, 120, foundedOn), null, assignee());
    }

    /** The enterprise's stream records it in the same transaction (TaskOutcomePolicy, EnterpriseTest). */
    @Test
    void completion_records_the_organization_founded_in_a_registered_enterprise_by_its_name() {
        LocalDate foundedOn = TODAY.minusDays(4);
        fixture.given(opened())
                .when(founding(" " + REGISTERED_TAX_CODE, SocioPoliticalOrganizationKind.TRADE_UNION, foundedOn))
                .expectEvents(new GeneralTaskCompleted(ID, "Báo cáo số 3-BC/LĐLĐ", new OrganizationFounding(
                                REGISTERED_TAX_CODE, ENTERPRISE_NAME, SocioPoliticalOrganizationKind.TRADE_UNION, 120,
                                foundedOn), TODAY, MEMBER),
                        new TaskCompleted(ID, TaskKind.GENERAL, TODAY, MEMBER));
    }

    @Test
    void an_organization_founded_without_a_day_was_founded_on_the_completion() {
        fixture.given(opened())
                .when(founding(REGISTERED_TAX_CODE, SocioPoliticalOrganizationKind.WOMENS_UNION, null))
                .expectEvents(new GeneralTaskCompleted(ID, "Báo cáo số 3-BC/LĐLĐ", new OrganizationFounding(
                                REGISTERED_TAX_CODE, ENTERPRISE_NAME, SocioPoliticalOrganizationKind.WOMENS_UNION, 120,
                                TODAY), TODAY, MEMBER),
                        new TaskCompleted(ID, TaskKind.GENERAL, TODAY, MEMBER));
    }

    @Test
    void an_organization_is_founded_in_an_enterprise_of_the_registry() {
        fixture.given(opened())
                .when(founding("0100109106", SocioPoliticalOrganizationKind.TRADE_UNION, null))
                .expectException(violates("enterprise-not-registered", "organizationFounded.enterpriseTaxCode"))
                .expectNoEvents();
    }

    @Test
    void an_organization_founded_names_its_enterprise() {
        fixture.given(opened())
                .when(founding(" ", SocioPoliticalOrganizationKind.TRADE_UNION, null))
                .expectException(violates("required", "organizationFounded.enterpriseTaxCode"))
                .expectNoEvents();
    }

    @Test
    void an_organization_founded_by_the_task_is_founded_by_its_completion() {
        fixture.given(opened())
                .when(founding(REGISTERED_TAX_CODE, SocioPoliticalOrganizationKind.YOUTH_UNION, TODAY.plusDays(1)))
                .expectException(violates("founded-after-completion", "organizationFounded.foundedOn"))
                .expectNoEvents();
    }

    // ---- delegation ---------------------------------------------------------------------

    @Test
    void a_part_is_delegated_to_a_lower_unit_as_a_general_sub_task() {
        TaskHeader part = new TaskHeader(DIRECTIVE, 3, "Đối thoại tại phường Tân Thịnh", WARD, List.of(), OTHER_MEMBER,
                SUB_DUE);
        fixture.given(opened())
                .when(delegate(WARD, SUB_DUE, leadUnitOfficer()))
                .expectEvents(new SubTaskDelegated(ID, SUB_ID, "Đối thoại tại phường Tân Thịnh", WARD, OTHER_MEMBER,
                        SUB_DUE, TODAY, "officer-1"));
        assertThat(subTaskEvents()).containsExactly(new GeneralTaskOpened(SUB_ID, part, null, PRODUCT, ID, TODAY,
                "officer-1"));
    }

    @Test
    void a_sub_task_cannot_be_due_after_its_parent() {
        fixture.given(opened())
                .when(delegate(WARD, DUE.plusDays(1), organizationCommittee()))
                .expectException(violates("sub-task-due-by-parent-due", "dueDate"))
                .expectNoEvents();
        assertThat(subTaskEvents()).isEmpty();
    }

    @Test
    void a_sub_task_may_be_due_on_its_parents_due_date() {
        fixture.given(opened())
                .when(delegate(WARD, DUE, organizationCommittee()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_task_is_delegated_only_to_a_lower_unit() {
        fixture.given(opened())
                .when(delegate(OTHER_UNIT, SUB_DUE, organizationCommittee()))
                .expectException(violates("unit-not-lower", "leadUnitId"))
                .expectNoEvents();
    }

    @Test
    void a_task_is_not_delegated_to_an_inactive_unit() {
        fixture.given(opened())
                .when(delegate(DISSOLVED_UNIT, SUB_DUE, organizationCommittee()))
                .expectException(violates("unit-not-active", "leadUnitId"))
                .expectNoEvents();
    }

    @Test
    void only_whoever_may_act_on_the_task_delegates_it() {
        fixture.given(opened())
                .when(delegate(WARD, SUB_DUE, otherMember()))
                .expectException(violates("not-your-task"))
                .expectNoEvents();
    }

    @Test
    void a_completed_task_is_not_delegated() {
        fixture.given(opened(), new GeneralTaskCompleted(ID, "Báo cáo", TODAY, MEMBER),
                        new TaskCompleted(ID, TaskKind.GENERAL, TODAY, MEMBER))
                .when(delegate(WARD, SUB_DUE, organizationCommittee()))
                .expectException(violates("task-closed"))
                .expectNoEvents();
    }
}
