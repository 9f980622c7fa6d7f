package vn.directives.command.calendar;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Holiday years by number; a year it does not hold is unknown, not a year without holidays. */
final class HolidayTable {

    private final SortedMap<Integer, HolidayYear> years;

    private HolidayTable(SortedMap<Integer, HolidayYear> years) {
        this.years = Collections.unmodifiableSortedMap(years);
    }

    static HolidayTable of(Collection<HolidayEntry> entries) {
        SortedMap<Integer, List<HolidayEntry>> byYear = entries.stream()
                .collect(Collectors.groupingBy(entry -> entry.date().getYear(), TreeMap::new, Collectors.toList()));
        SortedMap<Integer, HolidayYear> years = new TreeMap<>();
        byYear.forEach((year, lines) -> years.put(year, HolidayYear.of(year, lines)));
        return new HolidayTable(years);
    }

    HolidayYear year(int year) {
        HolidayYear holidays = years.get(year);
        if (holidays == null) {
            throw new UnknownCalendarYearException(year, years());
        }
        return holidays;
    }

    SortedSet<Integer> years() {
        return new TreeSet<>(years.keySet());
    }

    SortedSet<Integer> provisionalYears() {
        return years.values().stream().filter(HolidayYear::provisional).map(HolidayYear::year)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** This table with every year of {@code overrides} replacing, or added to, its own. */
    HolidayTable overriddenBy(HolidayTable overrides) {
        SortedMap<Integer, HolidayYear> merged = new TreeMap<>(years);
        merged.putAll(overrides.years);
        return new HolidayTable(merged);
    }
}
