package vn.directives.events.unit;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The unit bears a new name from the effective date; before it, the previous name holds. */
@Revision("1")
public record UnitRenamed(String unitId, String previousName, String newName, LocalDate effectiveOn,
                          String renamedBy) implements UnitEvent {
}
