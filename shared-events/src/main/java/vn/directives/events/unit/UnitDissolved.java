package vn.directives.events.unit;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The unit was dissolved and is no longer active from the effective date. */
@Revision("1")
public record UnitDissolved(String unitId, String reason, LocalDate effectiveOn, String dissolvedBy)
        implements UnitEvent {
}
