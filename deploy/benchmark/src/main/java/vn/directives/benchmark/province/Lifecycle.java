package vn.directives.benchmark.province;

import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.DueDateExtensionRejected;
import vn.directives.events.task.DueDateExtensionRequested;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskReassigned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/**
 * One task going through its steps in time: each step happens some days after the previous one,
 * is recorded that day (or, for a late entry, days later) and never after the end of the history.
 * Also the steps every kind shares: extensions, reassignment, cancellation.
 */
final class Lifecycle {

    private final Random random;
    private final Timeline timeline;
    private final Province province;
    final String type;
    final String taskId;
    private LocalDate on;
    private Instant recorded;
    private LocalDate dueDate;
    String assignee;

    Lifecycle(Random random, Timeline timeline, Province province, String type, String taskId, LocalDate openedOn,
              LocalDate dueDate, String assignee) {
        this.random = random;
        this.timeline = timeline;
        this.province = province;
        this.type = type;
        this.taskId = taskId;
        this.on = openedOn;
        this.recorded = Instant.EPOCH;
        this.dueDate = dueDate;
        this.assignee = assignee;
    }

    /** The date of the step being written. */
    LocalDate on() {
        return on;
    }

    /**
     * Moves {@code minDays}–{@code maxDays} working days on; false (and nothing happens) when that
     * is past the end of the history, where the task is still open.
     */
    boolean advance(int minDays, int maxDays) {
        LocalDate next = Dates.plusWorkingDays(on, minDays + random.nextInt(maxDays - minDays + 1));
        if (next.isAfter(Dates.END)) {
            return false;
        }
        on = next;
        return true;
    }

    /** One command of the task, recorded on its day or, one time in ten, a few days late. */
    void step(Actor actor, Object... events) {
        LocalDate day = random.nextInt(10) == 0 ? Dates.plusWorkingDays(on, 1 + random.nextInt(5)) : on;
        if (day.isAfter(Dates.END)) {
            day = on;
        }
        Instant at = Dates.at(day, random.nextInt(9 * 60));
        recorded = at.isAfter(recorded) ? at : recorded.plusSeconds(60);
        timeline.schedule(recorded, type, taskId, actor, events);
    }

    Actor assigneeActor() {
        return Actor.steeringMember(assignee);
    }

    /**
     * The shared steps, at random, somewhere in the task's life: extension requests approved or
     * refused, a reassignment. False when the history ended meanwhile.
     */
    boolean sharedSteps() {
        int extensions = random.nextInt(10) < 4 ? 1 + (random.nextInt(4) == 0 ? 1 : 0) : 0;
        for (int i = 0; i < extensions; i++) {
            if (!advance(3, 25)) {
                return false;
            }
            String extension = Ids.uuid(random);
            LocalDate requested = dueDate.plusDays(30 + random.nextInt(90));
            step(assigneeActor(), new DueDateExtensionRequested(taskId, extension, dueDate, requested,
                    "Doanh nghiệp chưa bố trí được thời gian làm việc", on, assignee));
            if (!advance(1, 8)) {
                return false;
            }
            if (random.nextInt(10) < 6) {
                step(Actor.ORGANIZATION_COMMITTEE, new DueDateExtensionApproved(taskId, extension, dueDate, requested,
                        on, Actor.ORGANIZATION_COMMITTEE.userId()));
                dueDate = requested;
            } else {
                step(Actor.ORGANIZATION_COMMITTEE, new DueDateExtensionRejected(taskId, extension,
                        "Lý do chưa thuyết phục, đề nghị khẩn trương hoàn thành", on,
                        Actor.ORGANIZATION_COMMITTEE.userId()));
            }
        }
        if (random.nextInt(100) < 15) {
            if (!advance(2, 20)) {
                return false;
            }
            String to = province.otherMemberFor(on, assignee).id();
            step(Actor.ORGANIZATION_COMMITTEE, new TaskReassigned(taskId, assignee, to, "Phân công lại theo địa bàn",
                    on, Actor.ORGANIZATION_COMMITTEE.userId()));
            assignee = to;
        }
        return true;
    }

    /** One task in this many is cancelled by the Organization Committee; true if this one was. */
    boolean cancelledOnceIn(int odds) {
        if (random.nextInt(odds) != 0 || !advance(2, 30)) {
            return false;
        }
        step(Actor.ORGANIZATION_COMMITTEE, new TaskCancelled(taskId, "Không còn phù hợp sau sắp xếp", on,
                Actor.ORGANIZATION_COMMITTEE.userId()));
        return true;
    }
}
