package vn.directives.command.task;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.DueDateExtensionRejected;
import vn.directives.events.task.DueDateExtensionRequested;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskKind;
import vn.directives.events.task.TaskOpening;
import vn.directives.events.task.TaskReassigned;

import java.time.LocalDate;

import static vn.directives.command.common.RuleViolations.violates;
import static vn.directives.command.task.TaskFixtures.*;

/**
 * The lifecycle every kind shares, exercised on a minimal kind defined here, so that these
 * rules are tested once, independently of any kind's own steps.
 */
class TaskLifecycleTest {

    private static final String ID = "task-1";
    private static final LocalDate LATER = LocalDate.of(2025, 9, 30);

    private FixtureConfiguration<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class).withSubtypes(SampleTask.class);
        fixture.registerInjectableResource(roster());
    }

    private static Object opened() {
        return stored(SampleTask.class, new SampleTask.Opened(ID, header(), OPENED, "ban-to-chuc"));
    }

    private static ReassignTask reassign(String to, CommandContext context) {
        return new ReassignTask(ID, TaskKind.SURVEY, null, to, "Phân công lại theo Quyết định 12-QĐ/BCĐ", null, context);
    }

    private static RequestDueDateExtension extension(LocalDate to, CommandContext context) {
        return new RequestDueDateExtension(ID, TaskKind.SURVEY, null, "ext-1", to, "Doanh nghiệp chưa bố trí lịch",
                null, context);
    }

    private static DueDateExtensionRequested requested() {
        return new DueDateExtensionRequested(ID, "ext-1", DUE, LATER, "Doanh nghiệp chưa bố trí lịch", TODAY, MEMBER);
    }

    @Test
    void the_organization_committee_reassigns_a_task_to_an_active_member() {
        fixture.given(opened())
                .when(reassign(OTHER_MEMBER, organizationCommittee()))
                .expectEvents(new TaskReassigned(ID, MEMBER, OTHER_MEMBER, "Phân công lại theo Quyết định 12-QĐ/BCĐ",
                        TODAY, "ban-to-chuc"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void a_task_cannot_be_reassigned_to_a_relieved_member() {
        fixture.given(opened())
                .when(reassign(RELIEVED_MEMBER, organizationCommittee()))
                .expectException(violates("member-not-active"))
                .expectNoEvents();
    }

    @Test
    void a_task_cannot_be_reassigned_to_its_assignee() {
        fixture.given(opened())
                .when(reassign(MEMBER, organizationCommittee()))
                .expectException(violates("already-assigned"))
                .expectNoEvents();
    }

    @Test
    void a_steering_member_cannot_reassign_tasks() {
        fixture.given(opened())
                .when(reassign(OTHER_MEMBER, assignee()))
                .expectException(violates("organization-committee-only"))
                .expectExceptionMessage("Only the Organization Committee may do this.")
                .expectNoEvents();
    }

    @Test
    void the_assignee_requests_a_later_due_date() {
        fixture.given(opened())
                .when(extension(LATER, assignee()))
                .expectEvents(requested());
    }

    @Test
    void the_lead_units_officer_may_request_an_extension() {
        fixture.given(opened())
                .when(extension(LATER, leadUnitOfficer()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void another_member_cannot_request_an_extension_of_a_task_not_theirs() {
        fixture.given(opened())
                .when(extension(LATER, otherMember()))
                .expectException(violates("not-your-task"))
                .expectNoEvents();
    }

    @Test
    void an_extension_must_move_the_due_date_later() {
        fixture.given(opened())
                .when(extension(DUE, assignee()))
                .expectException(violates("extension-must-be-later"))
                .expectNoEvents();
    }

    @Test
    void only_one_extension_can_be_pending_at_a_time() {
        fixture.given(opened(), requested())
                .when(extension(LATER.plusMonths(1), assignee()))
                .expectException(violates("extension-already-pending"))
                .expectNoEvents();
    }

    @Test
    void the_organization_committee_approves_an_extension_and_the_due_date_moves() {
        fixture.given(opened(), requested())
                .when(new ApproveDueDateExtension(ID, TaskKind.SURVEY, null, "ext-1", null, organizationCommittee()))
                .expectEvents(new DueDateExtensionApproved(ID, "ext-1", DUE, LATER, TODAY, "ban-to-chuc"));
    }

    @Test
    void extension_approval_is_for_the_organization_committee_only() {
        fixture.given(opened(), requested())
                .when(new ApproveDueDateExtension(ID, TaskKind.SURVEY, null, "ext-1", null, assignee()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void a_rejected_extension_is_remembered_with_its_reason() {
        fixture.given(opened(), requested())
                .when(new RejectDueDateExtension(ID, TaskKind.SURVEY, null, "ext-1", "Không có lý do chính đáng", null,
                        organizationCommittee()))
                .expectEvents(new DueDateExtensionRejected(ID, "ext-1", "Không có lý do chính đáng", TODAY,
                        "ban-to-chuc"));
    }

    @Test
    void an_extension_that_is_not_pending_cannot_be_decided() {
        fixture.given(opened(), requested(),
                        new DueDateExtensionRejected(ID, "ext-1", "Không", TODAY, "ban-to-chuc"))
                .when(new ApproveDueDateExtension(ID, TaskKind.SURVEY, null, "ext-1", null, organizationCommittee()))
                .expectException(violates("no-such-pending-extension"))
                .expectNoEvents();
    }

    @Test
    void after_an_approved_extension_a_new_request_must_go_beyond_the_new_due_date() {
        fixture.given(opened(), requested(), new DueDateExtensionApproved(ID, "ext-1", DUE, LATER, TODAY, "ban-to-chuc"))
                .when(extension(LATER, assignee()))
                .expectException(violates("extension-must-be-later"))
                .expectNoEvents();
    }

    @Test
    void the_organization_committee_cancels_a_task_with_a_reason() {
        fixture.given(opened())
                .when(new CancelTask(ID, TaskKind.SURVEY, null, "Doanh nghiệp giải thể", null, organizationCommittee()))
                .expectEvents(new TaskCancelled(ID, "Doanh nghiệp giải thể", TODAY, "ban-to-chuc"));
    }

    @Test
    void a_cancellation_needs_a_reason() {
        fixture.given(opened())
                .when(new CancelTask(ID, TaskKind.SURVEY, null, " ", null, organizationCommittee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void nothing_changes_after_cancellation() {
        fixture.given(opened(), new TaskCancelled(ID, "Giải thể", TODAY, "ban-to-chuc"))
                .when(extension(LATER, assignee()))
                .expectException(violates("task-closed"))
                .expectNoEvents();
    }

    @Test
    void nothing_changes_after_completion() {
        fixture.given(opened(), new TaskCompleted(ID, TaskKind.SURVEY, TODAY, MEMBER))
                .when(new CancelTask(ID, TaskKind.SURVEY, null, "Muộn", null, organizationCommittee()))
                .expectException(violates("task-closed"))
                .expectNoEvents();
    }

    @Test
    void an_effective_date_in_the_future_is_refused() {
        fixture.given(opened())
                .when(new CancelTask(ID, TaskKind.SURVEY, null, "Giải thể", TODAY.plusDays(1), organizationCommittee()))
                .expectException(violates("not-in-future"))
                .expectNoEvents();
    }

    @Test
    void an_effective_date_before_the_task_opened_is_refused() {
        fixture.given(opened())
                .when(new CancelTask(ID, TaskKind.SURVEY, null, "Giải thể", OPENED.minusDays(1), organizationCommittee()))
                .expectException(violates("not-before-opening"))
                .expectNoEvents();
    }

    @Test
    void a_fact_effective_on_an_earlier_day_keeps_that_day() {
        LocalDate earlier = OPENED.plusDays(2);
        fixture.given(opened())
                .when(new CancelTask(ID, TaskKind.SURVEY, null, "Giải thể", earlier, organizationCommittee()))
                .expectEvents(new TaskCancelled(ID, "Giải thể", earlier, "ban-to-chuc"));
    }

    @Test
    void a_command_for_another_kind_does_not_find_the_task() {
        fixture.given(opened())
                .when(new CancelTask(ID, TaskKind.TRAINING_COURSE, null, "Giải thể", null, organizationCommittee()))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void a_reassignment_states_its_reason() {
        fixture.given(opened())
                .when(new ReassignTask(ID, TaskKind.SURVEY, null, OTHER_MEMBER, " ", null, organizationCommittee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void an_extension_request_states_its_reason() {
        fixture.given(opened())
                .when(new RequestDueDateExtension(ID, TaskKind.SURVEY, null, "ext-1", LATER, "", null, assignee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void a_rejection_states_its_reason() {
        fixture.given(opened(), requested())
                .when(new RejectDueDateExtension(ID, TaskKind.SURVEY, null, "ext-1", " ", null,
                        organizationCommittee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void extension_rejection_is_for_the_organization_committee_only() {
        fixture.given(opened(), requested())
                .when(new RejectDueDateExtension(ID, TaskKind.SURVEY, null, "ext-1", "Không có lý do chính đáng", null,
                        assignee()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void only_the_pending_extension_can_be_rejected() {
        fixture.given(opened(), requested())
                .when(new RejectDueDateExtension(ID, TaskKind.SURVEY, null, "ext-2", "Không có lý do chính đáng", null,
                        organizationCommittee()))
                .expectException(violates("no-such-pending-extension"))
                .expectNoEvents();
    }

    @Test
    void after_a_rejection_a_new_extension_may_be_requested() {
        fixture.given(opened(), requested(),
                        new DueDateExtensionRejected(ID, "ext-1", "Không", TODAY, "ban-to-chuc"))
                .when(new RequestDueDateExtension(ID, TaskKind.SURVEY, null, "ext-2", LATER, "Lý do mới", null,
                        assignee()))
                .expectEvents(new DueDateExtensionRequested(ID, "ext-2", DUE, LATER, "Lý do mới", TODAY, MEMBER));
    }

    @Test
    void cancellation_is_for_the_organization_committee_only() {
        fixture.given(opened())
                .when(new CancelTask(ID, TaskKind.SURVEY, null, "Doanh nghiệp giải thể", null, leadUnitOfficer()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    /** The smallest possible kind: an opening and nothing else. */
    static class SampleTask extends Task {

        record Opened(String taskId, vn.directives.events.task.TaskHeader task, LocalDate openedOn, String openedBy)
                implements TaskOpening {
            @Override
            public TaskKind kind() {
                return TaskKind.SURVEY;
            }
        }

        SampleTask() {
        }
    }
}
