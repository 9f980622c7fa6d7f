package vn.directives.command.task;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.urging.RecordNoticeDelivery;
import vn.directives.command.urging.UrgingStep;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;
import vn.directives.events.task.TaskOpening;
import vn.directives.events.task.TaskReassigned;
import vn.directives.events.urging.NoticeRecipient;
import vn.directives.events.urging.TaskDeadlineMissed;
import vn.directives.events.urging.TaskEscalated;
import vn.directives.events.urging.TaskReminderIssued;
import vn.directives.events.urging.TaskUrgingPolicySet;
import vn.directives.events.urging.UrgingNoticeDelivered;
import vn.directives.events.urging.UrgingPolicy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static vn.directives.command.common.RuleViolations.violates;
import static vn.directives.command.task.TaskFixtures.*;

/**
 * What a task does when an urging step falls due, and the commands of urging. The steps are
 * scheduled here by a test-only command of {@link UrgedTask}, as the application's subscribing
 * scheduler does, so that the fixture's deadline manager delivers them.
 */
class UrgingRulesTest {

    private static final String ID = "task-7";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant BEFORE = LocalDate.of(2025, 6, 1).atStartOfDay(HANOI).toInstant();

    private FixtureConfiguration<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class).withSubtypes(UrgedTask.class);
        fixture.registerInjectableResource(roster());
    }

    private static Object opened() {
        return stored(UrgedTask.class, new UrgedTask.Opened(ID, header(), OPENED, "ban-to-chuc"));
    }

    private static UrgingStep step(LocalDate dueDate, int ordinal, LocalDate on, int workingDays) {
        return new UrgingStep(dueDate, ordinal, on, on.atTime(8, 0).atZone(HANOI).toInstant(), workingDays);
    }

    private static final UrgingStep REMIND = step(DUE, UrgingStep.REMIND_BEFORE, LocalDate.of(2025, 6, 25), 3);

    @Test
    void the_assignee_is_reminded_when_the_reminder_falls_due() {
        fixture.givenCurrentTime(BEFORE).andGiven(opened()).andGivenCommands(new ScheduleStep(ID, REMIND))
                .whenTimeAdvancesTo(REMIND.fireAt())
                .expectEvents(new TaskReminderIssued(ID, ID + "/2025-06-30/0", MEMBER, DUE, 3, REMIND.on()));
    }

    @Test
    void after_a_reassignment_the_reminder_names_the_new_assignee() {
        fixture.givenCurrentTime(BEFORE).andGiven(opened(),
                        new TaskReassigned(ID, MEMBER, OTHER_MEMBER, "Phân công lại", TODAY, "ban-to-chuc"))
                .andGivenCommands(new ScheduleStep(ID, REMIND))
                .whenTimeAdvancesTo(REMIND.fireAt())
                .expectEvents(new TaskReminderIssued(ID, ID + "/2025-06-30/0", OTHER_MEMBER, DUE, 3, REMIND.on()));
    }

    @Test
    void a_step_already_taken_is_not_taken_again() {
        fixture.givenCurrentTime(BEFORE).andGiven(opened(),
                        new TaskReminderIssued(ID, ID + "/2025-06-30/0", MEMBER, DUE, 3, REMIND.on()))
                .andGivenCommands(new ScheduleStep(ID, REMIND))
                .whenTimeAdvancesTo(REMIND.fireAt())
                .expectNoEvents();
    }

    @Test
    void a_step_of_the_due_date_before_an_extension_changes_nothing() {
        fixture.givenCurrentTime(BEFORE).andGiven(opened(),
                        new DueDateExtensionApproved(ID, "ext-1", DUE, DUE.plusMonths(2), TODAY, "ban-to-chuc"))
                .andGivenCommands(new ScheduleStep(ID, REMIND))
                .whenTimeAdvancesTo(REMIND.fireAt())
                .expectNoEvents();
    }

    @Test
    void nothing_is_urged_once_the_task_is_completed_or_cancelled() {
        fixture.givenCurrentTime(BEFORE).andGiven(opened(), new TaskCompleted(ID, TaskKind.SURVEY, TODAY, MEMBER))
                .andGivenCommands(new ScheduleStep(ID, REMIND))
                .whenTimeAdvancesTo(REMIND.fireAt())
                .expectNoEvents();
        fixture.givenCurrentTime(BEFORE).andGiven(opened(), new TaskCancelled(ID, "Không còn phù hợp", TODAY, "ban-to-chuc"))
                .andGivenCommands(new ScheduleStep(ID, REMIND))
                .whenTimeAdvancesTo(REMIND.fireAt())
                .expectNoEvents();
    }

    @Test
    void the_end_of_the_due_date_records_the_missed_deadline() {
        LocalDate firstOverdue = DUE.plusDays(1);
        UrgingStep missed = new UrgingStep(DUE, UrgingStep.MISSED, firstOverdue,
                firstOverdue.atStartOfDay(HANOI).toInstant(), 0);
        fixture.givenCurrentTime(BEFORE).andGiven(opened()).andGivenCommands(new ScheduleStep(ID, missed))
                .whenTimeAdvancesTo(missed.fireAt())
                .expectEvents(new TaskDeadlineMissed(ID, MEMBER, DUE, firstOverdue));
    }

    @Test
    void an_escalation_goes_to_the_lead_unit_with_its_round() {
        UrgingStep second = step(DUE, UrgingStep.FIRST_ESCALATION + 1, LocalDate.of(2025, 7, 14), 10);
        fixture.givenCurrentTime(BEFORE).andGiven(opened(), new TaskDeadlineMissed(ID, MEMBER, DUE, DUE.plusDays(1)))
                .andGivenCommands(new ScheduleStep(ID, second))
                .whenTimeAdvancesTo(second.fireAt())
                .expectEvents(new TaskEscalated(ID, ID + "/2025-06-30/4", MEMBER, LEAD_UNIT, DUE, 10, 2,
                        second.on()));
    }

    @Test
    void the_organization_committee_gives_a_task_its_own_policy() {
        fixture.given(opened())
                .when(new SetUrgingPolicy(ID, TaskKind.SURVEY, null, 5, 2, null, organizationCommittee()))
                .expectEvents(new TaskUrgingPolicySet(ID, new UrgingPolicy(5, 2), TODAY, "ban-to-chuc"));
    }

    @Test
    void an_assignee_cannot_change_how_they_are_urged() {
        fixture.given(opened())
                .when(new SetUrgingPolicy(ID, TaskKind.SURVEY, null, 5, 2, null, assignee()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void escalation_needs_at_least_one_working_day_overdue() {
        fixture.given(opened())
                .when(new SetUrgingPolicy(ID, TaskKind.SURVEY, null, 5, 0, null, organizationCommittee()))
                .expectException(violates("working-days-range"))
                .expectExceptionMessage("The number of working days must be 1 to 60.")
                .expectNoEvents();
    }

    @Test
    void a_delivery_is_recorded_even_after_the_task_is_completed() {
        Instant sentAt = Instant.parse("2025-06-25T01:00:05Z");
        fixture.given(opened(), new TaskCompleted(ID, TaskKind.SURVEY, TODAY, MEMBER))
                .when(new RecordNoticeDelivery(ID, ID + "/2025-06-30/0", NoticeRecipient.ASSIGNEE, MEMBER, 2, sentAt,
                        LocalDate.of(2025, 6, 25)))
                .expectEvents(new UrgingNoticeDelivered(ID, ID + "/2025-06-30/0", NoticeRecipient.ASSIGNEE, MEMBER,
                        2, sentAt, LocalDate.of(2025, 6, 25)));
    }

    record ScheduleStep(@TargetAggregateIdentifier String taskId, UrgingStep step) {
    }

    /** A minimal kind whose test-only command schedules a step, as the application's scheduler does. */
    static class UrgedTask extends Task {

        record Opened(String taskId, TaskHeader task, LocalDate openedOn, String openedBy) implements TaskOpening {
            @Override
            public TaskKind kind() {
                return TaskKind.SURVEY;
            }
        }

        UrgedTask() {
        }

        @CommandHandler
        void handle(ScheduleStep command, DeadlineManager deadlines) {
            deadlines.schedule(command.step().fireAt(), UrgingStep.DEADLINE, command.step());
        }
    }
}
