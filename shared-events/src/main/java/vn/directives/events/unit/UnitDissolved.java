package vn.directives.events.unit;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The unit was dissolved and is no longer active from the effective date. {@code successorUnitIds}
 * names the units that take over its work, in the order given (a district committee dissolved into
 * several ward committees in 2025); empty when none was named, as in revision 1, which had no
 * successors.
 */
@Revision("2")
public record UnitDissolved(String unitId, String reason, List<String> successorUnitIds, LocalDate effectiveOn,
                            String dissolvedBy) implements UnitEvent {

    public UnitDissolved {
        successorUnitIds = successorUnitIds == null ? List.of() : List.copyOf(successorUnitIds);
    }

    /** A dissolution that names no successor. */
    public UnitDissolved(String unitId, String reason, LocalDate effectiveOn, String dissolvedBy) {
        this(unitId, reason, List.of(), effectiveOn, dissolvedBy);
    }
}
