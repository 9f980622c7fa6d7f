package vn.directives.command.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.directives.events.unit.UnitKind;

import java.time.LocalDate;
import java.util.List;

/** Bodies of the unit requests. A missing effective date means today. */
final class UnitRequests {

    private UnitRequests() {
    }

    record Registration(@NotBlank @Size(max = 300) String name, @NotNull UnitKind kind,
                        @Size(max = 100) String parentUnitId, @PastOrPresent LocalDate effectiveOn) {
    }

    record Renaming(@NotBlank @Size(max = 300) String newName, @PastOrPresent LocalDate effectiveOn) {
    }

    record Merger(@NotBlank @Size(max = 100) String intoUnitId, @PastOrPresent LocalDate effectiveOn) {
    }

    /** {@code successorUnitIds}: the units that take over (optional), e.g. the ward committees of a dissolved district. */
    record Dissolution(@NotBlank @Size(max = 2000) String reason,
                       @Size(max = 100) List<@NotBlank @Size(max = 100) String> successorUnitIds,
                       @PastOrPresent LocalDate effectiveOn) {
    }
}
