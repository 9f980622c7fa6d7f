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

    /**
     * The stored time in epoch milliseconds. The fixed width is read digit by digit (a report reads
     * a million of them; {@code Instant.parse} was a tenth of its time); anything else is parsed
     * as ISO-8601.
     */
    static long parseMillis(String stored) {
        if (stored.length() != 24 || stored.charAt(4) != '-' || stored.charAt(7) != '-' || stored.charAt(10) != 'T'
                || stored.charAt(13) != ':' || stored.charAt(16) != ':' || stored.charAt(19) != '.'
                || stored.charAt(23) != 'Z') {
            return Instant.parse(stored).toEpochMilli();
        }
        long days = java.time.LocalDate.of(digits(stored, 0, 4), digits(stored, 5, 7), digits(stored, 8, 10))
                .toEpochDay();
        long seconds = days * 86_400L + digits(stored, 11, 13) * 3_600L + digits(stored, 14, 16) * 60L
                + digits(stored, 17, 19);
        return seconds * 1_000L + digits(stored, 20, 23);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new java.time.format.DateTimeParseException("Not a stored time", text, i);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
