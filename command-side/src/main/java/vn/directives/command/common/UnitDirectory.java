package vn.directives.command.common;

import java.time.LocalDate;

/** The units as they are on a date: a task may only name units active on its dates. */
public interface UnitDirectory {

    /** Whether the unit exists and is active (registered, not merged away, not dissolved) on the date. */
    boolean isActive(String unitId, LocalDate on);
}
