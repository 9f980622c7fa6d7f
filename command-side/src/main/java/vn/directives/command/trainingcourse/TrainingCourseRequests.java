package vn.directives.command.trainingcourse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.directives.command.task.TaskRequests;
import vn.directives.events.trainingcourse.CourseKind;
import vn.directives.events.trainingcourse.Participant;
import vn.directives.events.trainingcourse.ParticipantResult;
import vn.directives.events.trainingcourse.WithdrawalReason;

import java.time.LocalDate;
import java.util.List;

/** Bodies of the training course's own requests. {@code effectiveOn} may be left out: today. */
final class TrainingCourseRequests {

    private TrainingCourseRequests() {
    }

    record Plan(@NotNull @Valid TaskRequests.Header task, @NotNull CourseKind courseKind,
                @NotBlank @Size(max = 100) String organizerUnitId,
                @NotNull LocalDate plannedStart, @NotNull LocalDate plannedEnd,
                @Min(CoursePlanRules.MIN_CAPACITY) @Max(CoursePlanRules.MAX_CAPACITY) int capacity,
                @PastOrPresent LocalDate openedOn) {
    }

    record Enrolment(@NotEmpty @Size(max = CoursePlanRules.MAX_CAPACITY) List<@NotNull @Valid Enrollee> participants,
                     @PastOrPresent LocalDate effectiveOn) {
        List<Participant> toValue() {
            return participants.stream().map(Enrollee::toValue).toList();
        }
    }

    record Enrollee(@NotBlank @Pattern(regexp = ParticipantRules.REF_PATTERN) String participantRef,
                    @NotBlank @Size(max = 100) String unitId) {
        Participant toValue() {
            return new Participant(participantRef, unitId);
        }
    }

    record Withdrawal(@NotBlank @Pattern(regexp = ParticipantRules.REF_PATTERN) String participantRef,
                      @NotNull WithdrawalReason reason, @PastOrPresent LocalDate effectiveOn) {
    }

    record Opening(@PastOrPresent LocalDate effectiveOn) {
    }

    record Results(@NotEmpty @Size(max = CoursePlanRules.MAX_CAPACITY) List<@NotNull @Valid Result> results,
                   @PastOrPresent LocalDate effectiveOn) {
        List<ParticipantResult> toValue() {
            return results.stream().map(Result::toValue).toList();
        }
    }

    record Result(@NotBlank @Pattern(regexp = ParticipantRules.REF_PATTERN) String participantRef,
                  boolean attended, boolean passed, boolean certificateIssued) {
        ParticipantResult toValue() {
            return new ParticipantResult(participantRef, attended, passed, certificateIssued);
        }
    }

    record Closing(@PastOrPresent LocalDate effectiveOn) {
    }
}
