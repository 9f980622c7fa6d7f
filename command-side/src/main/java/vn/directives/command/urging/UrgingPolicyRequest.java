package vn.directives.command.urging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

/** Body of {@code POST .../urging-policy}, for a directive's default or a task's own policy. */
public record UrgingPolicyRequest(@NotNull @Min(0) @Max(60) Integer remindWorkingDaysBefore,
                                  @NotNull @Min(1) @Max(60) Integer escalateAfterWorkingDays,
                                  @PastOrPresent LocalDate effectiveOn) {
}
