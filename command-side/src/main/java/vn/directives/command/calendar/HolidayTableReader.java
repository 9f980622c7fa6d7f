package vn.directives.command.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a holiday table: UTF-8 lines {@code date,kind,status,name}; blank lines and lines starting
 * with {@code #} are skipped. The bundled {@code calendar/vn-holidays.csv} documents the format.
 * A malformed line fails the whole table, naming the source and the line: a calendar that quietly
 * skipped a line would move deadlines.
 */
final class HolidayTableReader {

    static final String BUNDLED_RESOURCE = "/calendar/vn-holidays.csv";

    private HolidayTableReader() {
    }

    static HolidayTable bundled() {
        InputStream stream = HolidayTableReader.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("The holiday table " + BUNDLED_RESOURCE + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return read(reader, BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday table " + BUNDLED_RESOURCE, e);
        }
    }

    static HolidayTable read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday table " + file, e);
        }
    }

    static HolidayTable read(BufferedReader reader, String source) throws IOException {
        Map<LocalDate, HolidayEntry> entries = new TreeMap<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String text = line.replace("\uFEFF", "").strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String where = source + " line " + lineNumber;
            HolidayEntry entry = parse(text, where);
            if (entries.putIfAbsent(entry.date(), entry) != null) {
                throw new IllegalArgumentException(where + ": " + entry.date() + " is listed twice");
            }
        }
        try {
            return HolidayTable.of(entries.values());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static HolidayEntry parse(String line, String where) {
        String[] fields = line.split(",", 4);
        if (fields.length != 4 || fields[3].isBlank()) {
            throw new IllegalArgumentException(where + ": expected date,kind,status,name but found '" + line + "'");
        }
        LocalDate date = date(fields[0].strip(), where);
        HolidayEntry.Kind kind = value(HolidayEntry.Kind.class, fields[1], where);
        if (kind == HolidayEntry.Kind.WORK && !HolidayYear.isWeekend(date)) {
            throw new IllegalArgumentException(where + ": a worked day must be a Saturday or Sunday, "
                    + date + " is a " + date.getDayOfWeek());
        }
        return new HolidayEntry(date, kind, value(HolidayEntry.Status.class, fields[2], where), fields[3].strip());
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": '" + text + "' is not a date (yyyy-MM-dd)", e);
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text, String where) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": '" + text.strip() + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT), e);
        }
    }
}
