package vn.directives.command.calendar;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The holiday table the command side runs with, and where each of its years was read from: the
 * bundled table, or the operator's file for the years it replaces or adds.
 */
record HolidayTableInForce(HolidayTable table, SortedMap<Integer, String> sourceByYear) {

    static final String BUNDLED_SOURCE = "classpath:" + HolidayTableReader.BUNDLED_RESOURCE;

    HolidayTableInForce {
        sourceByYear = Collections.unmodifiableSortedMap(new TreeMap<>(sourceByYear));
    }

    static HolidayTableInForce bundled() {
        HolidayTable bundled = HolidayTableReader.bundled();
        return new HolidayTableInForce(bundled, sources(bundled, BUNDLED_SOURCE));
    }

    /** This table with every year of {@code overrides}, read from {@code source}, replacing or adding its own. */
    HolidayTableInForce overriddenBy(HolidayTable overrides, String source) {
        SortedMap<Integer, String> sources = new TreeMap<>(sourceByYear);
        sources.putAll(sources(overrides, source));
        return new HolidayTableInForce(table.overriddenBy(overrides), sources);
    }

    private static SortedMap<Integer, String> sources(HolidayTable table, String source) {
        SortedMap<Integer, String> sources = new TreeMap<>();
        table.years().forEach(year -> sources.put(year, source));
        return sources;
    }
}
