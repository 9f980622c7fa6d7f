package vn.directives.command.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Bodies of the steps every task kind shares. {@code effectiveOn} may be left out: today. */
final class TaskLifecycleRequests {

    private TaskLifecycleRequests() {
    }

    record Reassignment(@NotBlank @Size(max = 100) String toMemberId, @NotBlank @Size(max = 2000) String reason,
                        @PastOrPresent LocalDate effectiveOn) {
    }

    record ExtensionRequest(@NotNull LocalDate requestedDueDate, @NotBlank @Size(max = 2000) String reason,
                            @PastOrPresent LocalDate effectiveOn) {
    }

    record Approval(@PastOrPresent LocalDate effectiveOn) {
    }

    record Rejection(@NotBlank @Size(max = 2000) String reason, @PastOrPresent LocalDate effectiveOn) {
    }

    record Cancellation(@NotBlank @Size(max = 2000) String reason, @PastOrPresent LocalDate effectiveOn) {
    }
}
