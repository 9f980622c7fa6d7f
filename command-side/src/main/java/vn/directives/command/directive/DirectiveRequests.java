package vn.directives.command.directive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.directives.events.directive.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Bodies of the directive's steps after registration. Which indicators and thresholds are sound
 * is the directive's rule ({@link TargetRules}); here only shape and size are checked.
 */
final class DirectiveRequests {

    private DirectiveRequests() {
    }

    /** A target (chỉ tiêu), e.g. I1, "Tỷ lệ doanh nghiệp có tổ chức đảng", 15, 2030. */
    record TargetEntry(@NotBlank @Size(max = 2) String indicator, @NotBlank @Size(max = 1000) String description,
                  @NotNull @Digits(integer = 3, fraction = 2) BigDecimal thresholdPercent,
                  @Min(1900) @Max(2100) int horizonYear) {

        Target toValue() {
            return new Target(indicator, description, thresholdPercent, horizonYear);
        }
    }

    record TargetAmendment(@NotEmpty @Size(max = 20) List<@NotNull @Valid TargetEntry> targets,
                           @NotBlank @Size(max = 2000) String reason, @PastOrPresent LocalDate effectiveOn) {

        List<Target> toValues() {
            return targets.stream().map(TargetEntry::toValue).toList();
        }
    }

    /** The newer directive that replaces this one; the effective date defaults to its issue date. */
    record Replacement(@NotBlank @Size(max = 100) String replacedByDirectiveId, @PastOrPresent LocalDate effectiveOn) {
    }
}
