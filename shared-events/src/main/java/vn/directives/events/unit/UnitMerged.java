package vn.directives.events.unit;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The unit was merged into another one and is no longer active from the effective date. */
@Revision("1")
public record UnitMerged(String unitId, String intoUnitId, LocalDate effectiveOn, String mergedBy)
        implements UnitEvent {
}
