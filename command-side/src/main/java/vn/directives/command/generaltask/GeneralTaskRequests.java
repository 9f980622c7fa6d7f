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

    record Progress(@NotNull @Min(0) @Max(GeneralTask.MAX_PERCENTAGE) Integer percentage, @NotBlank @Size(max = 5000) String text,
                    @Size(max = 2000) String reason, @PastOrPresent LocalDate effectiveOn) {
    }

    record Completion(@NotBlank @Size(max = 500) String productDocument, @PastOrPresent LocalDate effectiveOn) {
    }
}
