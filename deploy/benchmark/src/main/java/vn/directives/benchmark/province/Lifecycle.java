package vn.directives.benchmark.province;

import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.DueDateExtensionRejected;
import vn.directives.events.task.DueDateExtensionRequested;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskReassigned;

import vn.directives.events.discussion.AttachmentAdded;
import vn.directives.events.discussion.TaskCommented;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.task.SubTaskDelegated;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskHeader;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * One task going through its steps in time: each step happens some days after the previous one,
 * is recorded that day (or, for a late entry, days later) and never after the end of the history.
 * Also the steps every kind shares: extensions, reassignment, cancellation, delegation, and the
 * discussion beside the steps (comments, attached documents).
 */
final class Lifecycle {

    private static final String[] COMMENTS = {
            "Đề nghị đơn vị chủ trì khẩn trương triển khai, báo cáo kết quả đúng hạn.",
            "Đã làm việc với các đơn vị phối hợp, thống nhất phân công cán bộ theo dõi.",
            "Doanh nghiệp đề nghị lùi lịch làm việc sang tuần sau do vào mùa vụ.",
            "Ban Tổ chức Tỉnh ủy đã nhận báo cáo, đề nghị bổ sung số liệu theo biểu mẫu.",
            "Đã gửi văn bản đôn đốc, đơn vị cam kết hoàn thành trong tháng.",
            "Thống nhất nội dung, giao Văn phòng tổng hợp chung."};

    private final Random random;
    private final Timeline timeline;
    private final Province province;
    final String type;
    final String taskId;
    private LocalDate on;
    private Instant recorded;
    private LocalDate dueDate;
    private boolean completed;
    String assignee;
    /** What the task was opened with (its directive, point, title): the parts delegated keep them. */
    TaskHeader header;

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
        timeline.schedule(recordedAround(on), type, taskId, actor, events);
        for (Object event : events) {
            completed |= event instanceof TaskCompleted;
        }
    }

    /**
     * Delegation: the task's assignee gives a part of it to a lower-level unit; the sub-task's
     * opening and the parent's {@code SubTaskDelegated} are stored by one command, the opening
     * first, as the command side stores them.
     */
    void delegate(GeneralTaskOpened subTask, SubTaskDelegated delegated) {
        timeline.schedule(recordedAround(on), assigneeActor(), List.of(
                new Timeline.Part(GeneralTasks.TYPE, subTask.taskId(), subTask),
                new Timeline.Part(type, taskId, delegated)));
    }

    /** When the step of {@code day} is recorded: that day or a few days late, never before the task's last command. */
    private Instant recordedAround(LocalDate day) {
        LocalDate recordedOn = random.nextInt(10) == 0 ? Dates.plusWorkingDays(day, 1 + random.nextInt(5)) : day;
        if (recordedOn.isAfter(Dates.END)) {
            recordedOn = day;
        }
        Instant at = Dates.at(recordedOn, random.nextInt(9 * 60));
        recorded = at.isAfter(recorded) ? at : recorded.plusSeconds(60);
        return recorded;
    }

    /** The moment the task's last command was recorded: a sub-task's commands come after its delegation. */
    Instant lastRecorded() {
        return recorded;
    }

    /** Nothing of this task is recorded before {@code moment} (the delegation that opened it). */
    void notBefore(Instant moment) {
        recorded = moment.isAfter(recorded) ? moment : recorded;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    boolean completed() {
        return completed;
    }

    /**
     * {@code count} comments said on the day of the task's last step by {@code actor} (the
     * Organization Committee, or the assignee while they hold the task); a comment is dated the day
     * the command side records it, with no late entry.
     */
    void comment(Actor actor, int count) {
        for (int i = 0; i < count; i++) {
            Instant at = discussedOn(on);
            timeline.schedule(at, type, taskId, actor, new TaskCommented(taskId, Ids.uuid(random),
                    COMMENTS[random.nextInt(COMMENTS.length)], null, actor.userId(), Dates.dayOf(at)));
        }
    }

    /** {@code count} documents attached on the day of the task's last step by the assignee: small PDFs and DOCX files. */
    void attach(int count) {
        for (int i = 0; i < count; i++) {
            Instant at = discussedOn(on);
            Attachments.File file = Attachments.generate(random);
            timeline.schedule(at, type, taskId, assigneeActor(), new AttachmentAdded(taskId, file.attachmentId(),
                    file.fileName(), file.mediaType(), file.sizeBytes(), file.sha256(), null, assignee,
                    Dates.dayOf(at)));
        }
    }

    /**
     * What is said at the end of the task's story (or of the history): a few comments of the
     * assignee and, for {@code documentsPercent} % of the completed tasks, the documents that
     * prove the work.
     */
    void discussTheOutcome(int documentsPercent) {
        comment(assigneeActor(), random.nextInt(3));
        if (completed && random.nextInt(100) < documentsPercent) {
            attach(1 + random.nextInt(2));
        }
    }

    private Instant discussedOn(LocalDate day) {
        Instant at = Dates.at(day, random.nextInt(9 * 60));
        recorded = at.isAfter(recorded) ? at : recorded.plusSeconds(60);
        return recorded;
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
