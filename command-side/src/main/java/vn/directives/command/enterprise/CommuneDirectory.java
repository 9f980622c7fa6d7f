package vn.directives.command.enterprise;

import java.time.LocalDate;

/** Communes and wards as they were on a date: an enterprise stands in one that exists then. */
interface CommuneDirectory {

    /** Whether the unit is a commune or a ward active on the date. */
    boolean isCommuneOrWard(String unitId, LocalDate on);
}
