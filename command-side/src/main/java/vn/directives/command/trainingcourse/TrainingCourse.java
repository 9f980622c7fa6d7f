package vn.directives.command.trainingcourse;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.DirectiveCatalogue;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.SteeringRoster;
import vn.directives.command.common.UnitDirectory;
import vn.directives.command.task.Task;
import vn.directives.events.task.TaskOpening;
import vn.directives.events.trainingcourse.Participant;
import vn.directives.events.trainingcourse.ParticipantResult;
import vn.directives.events.trainingcourse.ParticipantResultsRecorded;
import vn.directives.events.trainingcourse.ParticipantWithdrawn;
import vn.directives.events.trainingcourse.ParticipantsEnrolled;
import vn.directives.events.trainingcourse.TrainingCourseClosed;
import vn.directives.events.trainingcourse.TrainingCourseOpened;
import vn.directives.events.trainingcourse.TrainingCoursePlanned;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A training course (lớp bồi dưỡng): planned → participants enrolled → opened → attendance and
 * results recorded → closed with counts. Enrolment and withdrawal happen only before the course
 * opens: a late arrival is not enrolled after the fact, so the counts show who was planned for.
 */
@Aggregate
class TrainingCourse extends Task {

    private int capacity;
    private final Set<String> enrolled = new HashSet<>();
    private final Map<String, ParticipantResult> results = new HashMap<>();
    /** The day the course actually started; null until it opens. */
    private LocalDate courseOpenedOn;

    TrainingCourse() {
        // for Axon
    }

    @CommandHandler
    TrainingCourse(PlanTrainingCourse command, DirectiveCatalogue directives, UnitDirectory units,
                   SteeringRoster roster) {
        LocalDate on = checkOpening(command.task(), command.openedOn(), command.context(), directives, units, roster);
        requirePresent(command.courseKind(), "courseKind");
        requireText(command.organizerUnitId(), "organizerUnitId");
        requirePresent(command.plannedStart(), "plannedStart");
        requirePresent(command.plannedEnd(), "plannedEnd");
        CoursePlanRules.check(command.plannedStart(), command.plannedEnd(), command.capacity());
        if (!units.isActive(command.organizerUnitId(), on)) {
            throw RuleViolation.refused("unit-not-active", "organizerUnitId",
                    "Đơn vị tổ chức lớp không hoạt động vào ngày " + on + ".",
                    "The organizing unit is not active on " + on + ".");
        }
        apply(new TrainingCoursePlanned(command.taskId(), command.task(), command.courseKind(),
                command.organizerUnitId(), command.plannedStart(), command.plannedEnd(), command.capacity(), on,
                command.context().userId()));
    }

    @CommandHandler
    long handle(EnrolParticipants command, UnitDirectory units) {
        LocalDate on = checkOwnStep(command);
        requireNotOpened();
        List<Participant> participants = command.participants();
        requirePresent(participants, "participants");
        ParticipantRules.checkEnrolment(participants, units, on);
        for (int i = 0; i < participants.size(); i++) {
            if (enrolled.contains(participants.get(i).participantRef())) {
                throw RuleViolation.refused("already-enrolled", "participants[" + i + "].participantRef",
                        "Học viên đã có trong danh sách lớp.", "The participant is already enrolled.");
            }
        }
        int free = capacity - enrolled.size();
        if (participants.size() > free) {
            throw RuleViolation.refused("capacity-exceeded", "participants",
                    "Lớp chỉ còn " + free + " chỗ trên sĩ số " + capacity + "; không ghi danh ai trong yêu cầu này.",
                    "Only " + free + " of " + capacity + " places are free; nobody in this request was enrolled.");
        }
        return record(new ParticipantsEnrolled(taskId(), participants, on, command.context().userId()));
    }

    @CommandHandler
    long handle(WithdrawParticipant command) {
        LocalDate on = checkOwnStep(command);
        requireNotOpened();
        requirePresent(command.reason(), "reason");
        requireEnrolled(command.participantRef(), "participantRef");
        return record(new ParticipantWithdrawn(taskId(), command.participantRef(), command.reason(), on,
                command.context().userId()));
    }

    @CommandHandler
    long handle(OpenTrainingCourse command) {
        LocalDate on = checkOwnStep(command);
        requireNotOpened();
        if (enrolled.isEmpty()) {
            throw RuleViolation.refused("no-participants",
                    "Lớp chưa có học viên nào; chưa thể khai giảng.", "Nobody is enrolled; the course cannot open.");
        }
        return record(new TrainingCourseOpened(taskId(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(RecordParticipantResults command) {
        LocalDate on = checkOwnStep(command);
        requireOpenedBy(on);
        List<ParticipantResult> recorded = command.results();
        requirePresent(recorded, "results");
        ParticipantRules.checkResults(recorded);
        for (int i = 0; i < recorded.size(); i++) {
            requireEnrolled(recorded.get(i).participantRef(), "results[" + i + "].participantRef");
        }
        return record(new ParticipantResultsRecorded(taskId(), recorded, on, command.context().userId()));
    }

    @CommandHandler
    long handle(CloseTrainingCourse command) {
        LocalDate on = checkOwnStep(command);
        requireOpenedBy(on);
        long missing = enrolled.stream().filter(ref -> !results.containsKey(ref)).count();
        if (missing > 0) {
            throw RuleViolation.refused("results-missing",
                    "Còn " + missing + " học viên chưa có kết quả; chưa thể bế giảng lớp.",
                    missing + " participants have no recorded result yet; the course cannot close.");
        }
        int trained = count(ParticipantResult::attended);
        int passed = count(ParticipantResult::passed);
        int certificates = count(ParticipantResult::certificateIssued);
        return complete(new TrainingCourseClosed(taskId(), enrolled.size(), trained, passed, certificates, on,
                command.context().userId()), on, command.context());
    }

    // ---- rules --------------------------------------------------------------------------

    private void requireNotOpened() {
        if (courseOpenedOn != null) {
            throw RuleViolation.refused("course-already-opened",
                    "Lớp đã khai giảng ngày " + courseOpenedOn + "; danh sách học viên không còn thay đổi.",
                    "The course opened on " + courseOpenedOn + "; its participants no longer change.");
        }
    }

    /** The course has opened, and on or before the step's effective date. */
    private void requireOpenedBy(LocalDate on) {
        if (courseOpenedOn == null) {
            throw RuleViolation.refused("course-not-opened",
                    "Lớp chưa khai giảng.", "The course has not opened yet.");
        }
        if (on.isBefore(courseOpenedOn)) {
            throw RuleViolation.invalid("not-before-course-opening", "effectiveOn",
                    "Ngày hiệu lực không được trước ngày khai giảng (" + courseOpenedOn + ").",
                    "The effective date cannot be before the course opened (" + courseOpenedOn + ").");
        }
    }

    private void requireEnrolled(String participantRef, String field) {
        if (!enrolled.contains(participantRef)) {
            throw RuleViolation.refused("not-enrolled", field,
                    "Học viên không có trong danh sách lớp.", "The participant is not enrolled in the course.");
        }
    }

    private int count(Predicate<ParticipantResult> outcome) {
        return (int) results.values().stream().filter(outcome).count();
    }

    private static void requirePresent(Object value, String field) {
        if (value == null || (value instanceof Collection<?> values && values.isEmpty())) {
            throw RuleViolation.invalid("required", field, "Trường '" + field + "' không được để trống.",
                    "Field '" + field + "' must not be empty.");
        }
    }

    // ---- state --------------------------------------------------------------------------

    @Override
    protected void whenOpened(TaskOpening opening) {
        capacity = ((TrainingCoursePlanned) opening).capacity();
    }

    @EventSourcingHandler
    void on(ParticipantsEnrolled event) {
        event.participants().forEach(participant -> enrolled.add(participant.participantRef()));
    }

    @EventSourcingHandler
    void on(ParticipantWithdrawn event) {
        enrolled.remove(event.participantRef());
    }

    @EventSourcingHandler
    void on(TrainingCourseOpened event) {
        courseOpenedOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(ParticipantResultsRecorded event) {
        event.results().forEach(result -> results.put(result.participantRef(), result));
    }
}
