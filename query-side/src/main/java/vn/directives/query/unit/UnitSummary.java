package vn.directives.query.unit;

import java.time.LocalDate;

/** A unit in the list at a date: the name it bore then and whether it was active. */
public record UnitSummary(String id, String name, UnitLabels.Label kind, UnitLabels.Label status, boolean active,
                   LocalDate activeFrom, LocalDate endedOn, String mergedIntoUnitId, String parentUnitId) {
}
