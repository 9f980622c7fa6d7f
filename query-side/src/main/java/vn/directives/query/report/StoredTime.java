package vn.directives.query.report;

import java.nio.charset.StandardCharsets;
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

    /** The stored time in epoch milliseconds (as {@link #parseMillis(byte[])}). */
    static long parseMillis(String stored) {
        return parseMillis(stored.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The stored time in epoch milliseconds, from the column's bytes as the driver received them
     * (no string made for each of a million rows). The fixed width is read digit by digit
     * ({@code Instant.parse} was a tenth of a report's time); anything else is parsed as ISO-8601.
     */
    static long parseMillis(byte[] stored) {
        if (stored.length != 24 || stored[4] != '-' || stored[7] != '-' || stored[10] != 'T'
                || stored[13] != ':' || stored[16] != ':' || stored[19] != '.' || stored[23] != 'Z') {
            return Instant.parse(new String(stored, StandardCharsets.UTF_8)).toEpochMilli();
        }
        long days = java.time.LocalDate.of(digits(stored, 0, 4), digits(stored, 5, 7), digits(stored, 8, 10))
                .toEpochDay();
        long seconds = days * 86_400L + digits(stored, 11, 13) * 3_600L + digits(stored, 14, 16) * 60L
                + digits(stored, 17, 19);
        return seconds * 1_000L + digits(stored, 20, 23);
    }

    private static int digits(byte[] text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            byte c = text[i];
            if (c < '0' || c > '9') {
                throw new java.time.format.DateTimeParseException("Not a stored time",
                        new String(text, StandardCharsets.UTF_8), i);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
