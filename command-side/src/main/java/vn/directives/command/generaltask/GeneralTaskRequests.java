package vn.directives.command.generaltask;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.directives.command.task.TaskRequests;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;

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

    /** {@code organizationFounded}: a socio-political organization the task founded in an enterprise (optional). */
    record Completion(@NotBlank @Size(max = 500) String productDocument, @Valid Founding organizationFounded,
                      @PastOrPresent LocalDate effectiveOn) {

        CompleteGeneralTask.Founding founding() {
            return organizationFounded == null ? null : organizationFounded.toValue();
        }
    }

    /**
     * The organization founded: the enterprise by its tax code, the kind, its members then, and the day
     * (optional: the completion's). The registry's rules are the enterprise's (docs/enterprises.md).
     */
    record Founding(@Size(max = 20) String enterpriseTaxCode, SocioPoliticalOrganizationKind kind,
                    @NotNull @Max(1_000_000) Integer members, @PastOrPresent LocalDate foundedOn) {

        CompleteGeneralTask.Founding toValue() {
            return new CompleteGeneralTask.Founding(enterpriseTaxCode, kind, members, foundedOn);
        }
    }
}
