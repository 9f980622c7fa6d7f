package vn.directives.query.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/**
 * The event store's timestamp column as Axon's JDBC engine writes it: ISO-8601 in UTC with
 * exactly three fraction digits ({@code 2026-11-30T06:15:02.123Z}), so comparing the text compares
 * the times.
 */
final class StoredTime {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendInstant(3)
            .toFormatter()
            .withZone(ZoneOffset.UTC);

    private StoredTime() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static long parseMillis(String stored) {
        return Instant.parse(stored).toEpochMilli();
    }
}
