package vn.directives.command.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

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

    /** A part of the task for a lower-level unit; the directive point is the task's own. */
    record SubTask(@NotBlank @Size(max = 500) String title, @Size(max = 5000) String description,
                   @NotBlank @Size(max = 200) String expectedProduct, @NotBlank @Size(max = 100) String leadUnitId,
                   @Size(max = 30) List<@NotBlank @Size(max = 100) String> coordinatingUnitIds,
                   @NotBlank @Size(max = 100) String assigneeId, @NotNull LocalDate dueDate,
                   @PastOrPresent LocalDate effectiveOn) {
    }
}
