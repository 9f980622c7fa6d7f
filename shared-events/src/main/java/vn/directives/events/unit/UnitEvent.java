package vn.directives.events.unit;

import java.time.LocalDate;

/**
 * Everything that happens to one unit, in its own stream. Units are versioned in time: each
 * change says from which day it holds, so that a report for 2024 shows the units as they were.
 */
public sealed interface UnitEvent permits UnitRegistered, UnitRenamed, UnitMerged, UnitDissolved {

    String unitId();

    LocalDate effectiveOn();
}
