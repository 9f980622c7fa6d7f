package vn.directives.command.unit;

import vn.directives.command.common.CommandContext;
import vn.directives.events.unit.UnitKind;

import java.time.LocalDate;

/** Register a unit that exists from the effective date (null: today). */
record RegisterUnit(String unitId, String name, UnitKind kind, String parentUnitId, LocalDate effectiveOn,
                    CommandContext context) {
}
