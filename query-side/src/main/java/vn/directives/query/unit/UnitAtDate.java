package vn.directives.query.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit as it was at the end of {@code at}: the name it bore then (the last name it bore if it
 * had ended; none before it was registered), whether it was active, how it had ended by then (a
 * merger or dissolution still to come is not shown; a dissolution names the units that succeed it,
 * as named on its day, or none for one recorded without them), the units merged into it by then, and its
 * whole history of names.
 */
record UnitAtDate(String id, LocalDate at, String name, UnitLabels.Label kind, UnitLabels.Label status,
                  boolean active, LocalDate activeFrom, LocalDate endedOn, UnitRef parent, UnitRef mergedInto,
                  String dissolutionReason, List<UnitRef> successors, List<NameVersion> names,
                  List<UnitRef> mergedFrom) {

    /** Another unit, named as it was on the day that matters ({@code on}). */
    record UnitRef(String id, String name, LocalDate on) {
    }

    /** A name and the days it held: from {@code validFrom}, until the day before {@code validUntil}. */
    record NameVersion(String name, LocalDate validFrom, LocalDate validUntil) {
    }
}
