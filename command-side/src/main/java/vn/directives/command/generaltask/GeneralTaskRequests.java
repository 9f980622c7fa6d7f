package vn.directives.command.generaltask;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.directives.command.task.TaskRequests;

import java.time.LocalDate;

/** Bodies of the general task's own requests. {@code effectiveOn} may be left out: today. */
final class GeneralTaskRequests {

    private GeneralTaskRequests() {
    }

    record Open(@NotNull @Valid TaskRequests.Header task, @Size(max = 5000) String description,
                @NotBlank @Size(max = 200) String expectedProduct, @PastOrPresent LocalDate openedOn) {
    }

    /** {@code coordinatingUnitId}: the coordinating unit whose contribution the report is (optional). */
    record Progress(@NotNull @Min(0) @Max(GeneralTask.MAX_PERCENTAGE) Integer percentage, @NotBlank @Size(max = 5000) String text,
                    @Size(max = 2000) String reason, @Size(max = 100) String coordinatingUnitId,
                    @PastOrPresent LocalDate effectiveOn) {

        /** The unit named, or none: a form's empty field names none. */
        String contributingUnit() {
            return coordinatingUnitId == null || coordinatingUnitId.isBlank() ? null : coordinatingUnitId.strip();
        }
    }

    record Completion(@NotBlank @Size(max = 500) String productDocument, @PastOrPresent LocalDate effectiveOn) {
    }
}
