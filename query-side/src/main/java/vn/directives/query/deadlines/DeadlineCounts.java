package vn.directives.query.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * How many open tasks are upcoming (as in {@link UpcomingDeadlines}) and overdue, per lead unit or
 * per Steering Committee member; groups with neither are left out. Most overdue first.
 */
record DeadlineCounts<G>(LocalDate at, int withinWorkingDays, LocalDate lastWorkingDay,
                         List<Integer> provisionalYears, List<G> groups) {

    /** A lead unit, named as it was at {@code at}. */
    record ByUnit(String unitId, String unitName, long upcoming, long overdue) {
    }

    record ByMember(String memberId, String memberName, long upcoming, long overdue) {
    }
}
