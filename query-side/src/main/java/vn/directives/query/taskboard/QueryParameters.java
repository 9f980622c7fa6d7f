package vn.directives.query.taskboard;

import vn.directives.platform.web.RequestRefused;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads query parameters given as text, so that a bad value answers 400 naming the parameter and
 * what it accepts. Dates are ISO ({@code 2025-11-15}); "today" is the date in Vietnam.
 */
public final class QueryParameters {

    /** The province's time zone: "today" and the default date of every question asked "at a date". */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private QueryParameters() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** An ISO date, or null when the parameter is absent. */
    public static LocalDate date(String name, String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw RequestRefused.invalid(name, "date",
                    "Tham số '" + name + "' phải là một ngày dạng YYYY-MM-DD, ví dụ 2025-11-15.",
                    "Parameter '" + name + "' must be a date as YYYY-MM-DD, e.g. 2025-11-15.");
        }
    }

    /** An integer between min and max, the fallback when absent. */
    public static int integer(String name, String value, int fallback, int min, int max) {
        if (absent(value)) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw RequestRefused.invalid(name, "range",
                "Tham số '" + name + "' phải là số nguyên từ " + min + " đến " + max + ".",
                "Parameter '" + name + "' must be a whole number from " + min + " to " + max + ".");
    }

    /** One of an enum's constants, case-insensitive, or null when absent. */
    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (absent(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw RequestRefused.invalid(name, "one-of",
                    "Tham số '" + name + "' chỉ nhận một trong các giá trị: " + allowed + ".",
                    "Parameter '" + name + "' must be one of: " + allowed + ".");
        }
    }

    /** A free-text value (an id), or null when absent or blank. */
    public static String text(String value) {
        return absent(value) ? null : value.trim();
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
