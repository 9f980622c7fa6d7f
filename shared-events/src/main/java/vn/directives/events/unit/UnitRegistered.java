package vn.directives.events.unit;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A unit was registered, existing from the effective date; the parent unit is optional. */
@Revision("1")
public record UnitRegistered(String unitId, String name, UnitKind kind, String parentUnitId, LocalDate effectiveOn,
                             String registeredBy) implements UnitEvent {
}
