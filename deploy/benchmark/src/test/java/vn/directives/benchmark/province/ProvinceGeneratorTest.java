package vn.directives.benchmark.province;

import org.junit.jupiter.api.Test;
import vn.directives.events.directive.DirectiveRegistered;
import vn.directives.events.discussion.AttachmentAdded;
import vn.directives.events.discussion.DiscussionEvent;
import vn.directives.events.discussion.TaskCommented;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.SubTaskDelegated;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.PartyOrganizationEstablished;
import vn.directives.events.steering.SteeringMemberAppointed;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.unit.UnitRegistered;
import vn.directives.events.task.TaskOpening;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProvinceGeneratorTest {

    private static final ProvinceGenerator.Size SMALL = new ProvinceGenerator.Size(300, 200, 20);

    private static List<HistoryEvent> history(long seed) {
        List<HistoryEvent> events = new ArrayList<>();
        new ProvinceGenerator(seed, SMALL).generate(events::add);
        return events;
    }

    @Test
    void the_same_seed_gives_the_same_history_and_another_seed_another() {
        List<HistoryEvent> first = history(7);
        assertThat(history(7)).isEqualTo(first);
        assertThat(history(8)).isNotEqualTo(first);
    }

    @Test
    void every_aggregate_numbers_its_events_from_zero_without_gaps_in_recorded_order() {
        Map<String, Long> next = new HashMap<>();
        HistoryEvent previous = null;
        for (HistoryEvent event : history(7)) {
            assertThat(event.sequence()).as(event.aggregateId()).isEqualTo(next.getOrDefault(event.aggregateId(), 0L));
            next.put(event.aggregateId(), event.sequence() + 1);
            if (previous != null) {
                assertThat(event.recordedAt()).isAfterOrEqualTo(previous.recordedAt());
            }
            previous = event;
        }
    }

    @Test
    void every_task_is_opened_first_and_nothing_happens_after_it_ends_or_before_it_is_recorded() {
        Set<String> opened = new HashSet<>();
        Set<String> ended = new HashSet<>();
        int tasks = 0;
        for (HistoryEvent event : history(7)) {
            if (event.payload() instanceof TaskOpening opening) {
                assertThat(opened.add(event.aggregateId())).isTrue();
                tasks += opening instanceof GeneralTaskOpened general && general.parentTaskId() != null ? 0 : 1;
            } else if (isTask(event)) {
                assertThat(opened).contains(event.aggregateId());
                // comments and documents are taken on a task of any state; its steps end with it
                if (!(event.payload() instanceof DiscussionEvent)) {
                    assertThat(ended).doesNotContain(event.aggregateId());
                }
            }
            if (event.payload() instanceof TaskCompleted || event.payload()
                    instanceof vn.directives.events.task.TaskCancelled) {
                ended.add(event.aggregateId());
            }
            effectiveOn(event).ifPresent(day -> assertThat(day)
                    .isBeforeOrEqualTo(LocalDate.ofInstant(event.recordedAt(), ZoneOffset.ofHours(7))));
        }
        assertThat(tasks).isEqualTo(SMALL.tasks());
    }

    @Test
    void every_aggregate_begins_with_the_event_that_creates_it() {
        Set<Class<?>> creations = Set.of(UnitRegistered.class, SteeringMemberAppointed.class, DirectiveRegistered.class,
                ExistingPartyOrganizationRecorded.class, PartyOrganizationEstablished.class);
        for (HistoryEvent event : history(7)) {
            if (event.sequence() == 0) {
                assertThat(event.payload() instanceof TaskOpening || creations.contains(event.payload().getClass()))
                        .as(event.aggregateId() + " begins with " + event.payload().getClass().getSimpleName()).isTrue();
            }
        }
    }

    @Test
    void events_carry_the_metadata_the_command_side_stores() {
        for (HistoryEvent event : history(7)) {
            assertThat(event.metaData()).containsOnlyKeys("actor", "role", "correlationId", "causationId");
            assertThat(event.eventId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        }
    }

    @Test
    void general_tasks_sub_tasks_comments_and_attachments_come_in_the_proportions_stated() {
        List<HistoryEvent> history = history(7);
        Map<String, LocalDate> due = new HashMap<>();
        long general = 0;
        long comments = 0;
        Set<String> withDocuments = new HashSet<>();
        List<HistoryEvent> delegations = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            HistoryEvent event = history.get(i);
            if (event.payload() instanceof TaskOpening opening) {
                due.put(opening.taskId(), opening.task().dueDate());
                general += opening instanceof GeneralTaskOpened g && g.parentTaskId() == null ? 1 : 0;
            } else if (event.payload() instanceof DueDateExtensionApproved approved) {
                due.put(approved.taskId(), approved.newDueDate());
            } else if (event.payload() instanceof SubTaskDelegated delegated) {
                // stored by one command with the sub-task's opening, right before it, due by the whole's due date
                HistoryEvent opening = history.get(i - 1);
                assertThat(opening.payload()).isInstanceOf(GeneralTaskOpened.class);
                assertThat(((GeneralTaskOpened) opening.payload()).parentTaskId()).isEqualTo(delegated.taskId());
                assertThat(opening.aggregateId()).isEqualTo(delegated.subTaskId());
                assertThat(opening.recordedAt()).isEqualTo(event.recordedAt());
                assertThat(delegated.dueDate()).isAfter(delegated.effectiveOn())
                        .isBeforeOrEqualTo(due.get(delegated.taskId()));
                delegations.add(event);
            } else if (event.payload() instanceof TaskCommented) {
                comments++;
            } else if (event.payload() instanceof AttachmentAdded file) {
                withDocuments.add(file.taskId());
                assertThat(file.sizeBytes()).isBetween(10_000L, 80_000L);
                assertThat(Attachments.sha256(Attachments.content(file.attachmentId(), file.mediaType(),
                        file.sizeBytes()))).isEqualTo(file.sha256());
            }
        }
        assertThat(general).isBetween(SMALL.tasks() * 8L / 100, SMALL.tasks() * 22L / 100);
        assertThat(delegations).hasSizeGreaterThan((int) general / 3);
        assertThat((double) comments / due.size()).isBetween(1.5, 2.5);
        assertThat(withDocuments.size()).isBetween(due.size() / 20, due.size() * 2 / 5);
    }

    private static boolean isTask(HistoryEvent event) {
        return List.of("Survey", "CellEstablishment", "MemberTransfer", "TrainingCourse", GeneralTasks.TYPE)
                .contains(event.aggregateType());
    }

    private static java.util.Optional<LocalDate> effectiveOn(HistoryEvent event) {
        try {
            Temporal day = (Temporal) event.payload().getClass().getMethod("effectiveOn").invoke(event.payload());
            return java.util.Optional.of((LocalDate) day);
        } catch (NoSuchMethodException e) {
            return java.util.Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
