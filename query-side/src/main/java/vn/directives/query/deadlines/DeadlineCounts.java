package vn.directives.query.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * How many open tasks are upcoming (as in {@link UpcomingDeadlines}) and overdue, per lead unit or
 * per Steering Committee member; groups with neither are left out. Most overdue first.
 */
record DeadlineCounts<G>(LocalDate at, int withinWorkingDays, LocalDate lastWorkingDay,
                         List<Integer> provisionalYears, List<G> groups) {

    record ByUnit(String unitId, long upcoming, long overdue) {
    }

    record ByMember(String memberId, long upcoming, long overdue) {
    }
}
