package vn.directives.query.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** How the timeline's sentences write dates, counts, titles and lists, in both languages. */
final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A survey's summary is a report of its own; the timeline quotes its beginning. */
    private static final int SUMMARY_EXCERPT = 300;

    private Wording() {
    }

    /** Dates in the Vietnamese style (dd/MM/yyyy), in both languages, as the documents write them. */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * A count with the Vietnamese thousands separator: 1.250 (as {@code String.format} writes
     * {@code %,d} in Vietnamese, without its cost: the survey findings, most of the events, write
     * seven counts in each language, and formatting them was most of a replay's timeline work).
     */
    static String vi(int count) {
        return grouped(count, '.');
    }

    /** A count with the English thousands separator: 1,250. */
    static String en(int count) {
        return grouped(count, ',');
    }

    private static String grouped(int count, char separator) {
        String digits = Long.toString(Math.abs((long) count));
        if (digits.length() <= 3) {
            return count < 0 ? "-" + digits : digits;
        }
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (count < 0) {
            text.append('-');
        }
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        text.append(digits, 0, head);
        for (int at = head; at < digits.length(); at += 3) {
            text.append(separator).append(digits, at, at + 3);
        }
        return text.toString();
    }

    /** An English count with its noun in the right number: 1 worker, 2 workers. */
    static String en(int count, String one, String many) {
        return en(count) + " " + (count == 1 ? one : many);
    }

    static String quoted(String text) {
        return "“" + text + "”";
    }

    static String listed(List<String> items) {
        return String.join(", ", items);
    }

    /** The beginning of a long text, cut at a word and marked with an ellipsis. */
    static String summaryExcerpt(String text) {
        String trimmed = text.strip();
        if (trimmed.length() <= SUMMARY_EXCERPT) {
            return trimmed;
        }
        int cut = trimmed.lastIndexOf(' ', SUMMARY_EXCERPT);
        return trimmed.substring(0, cut > 0 ? cut : SUMMARY_EXCERPT) + "…";
    }

    /** "; ghi chú: …" / "; note: …" after a sentence when an optional note was given, else nothing. */
    static String optional(String label, String text) {
        return text == null || text.isBlank() ? "" : "; " + label + ": " + text;
    }
}
