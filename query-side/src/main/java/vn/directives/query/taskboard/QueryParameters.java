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
 * what it accepts. Dates are ISO ({@code 2025-11-15}) or typed {@code dd/MM/yyyy}; "today" is the date in Vietnam.
 */
public final class QueryParameters {

    /** The province's time zone: "today" and the default date of every question asked "at a date". */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private QueryParameters() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /**
     * A date, or null when the parameter is absent: ISO ({@code 2025-11-15}, as links and scripts
     * write it) or as people in the province type it, {@code dd/MM/yyyy} ({@code 15/11/2025}; one
     * digit for day and month will do), which is how the workspace's date fields show dates.
     */
    public static LocalDate date(String name, String value) {
        if (absent(value)) {
            return null;
        }
        LocalDate date = typedDate(value);
        if (date == null) {
            throw RequestRefused.invalid(name, "date",
                    "Tham số '" + name + "' phải là một ngày dạng dd/MM/yyyy (ví dụ 15/11/2025) hoặc YYYY-MM-DD.",
                    "Parameter '" + name + "' must be a date as dd/MM/yyyy (e.g. 15/11/2025) or YYYY-MM-DD.");
        }
        return date;
    }

    /** {@code dd/MM/yyyy} (or {@code d/M/yyyy}) or ISO; null when the text is neither or no such day exists. */
    public static LocalDate typedDate(String value) {
        String text = value == null ? "" : value.strip();
        try {
            if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                return LocalDate.parse(text, TYPED);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static final java.time.format.DateTimeFormatter TYPED = java.time.format.DateTimeFormatter
            .ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

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
