package vn.directives.query.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Reads the fields of a stored survey finding that a report uses ({@link FindingRow}) straight
 * from its bytes, without a JSON parser: findings are three events in four of a province's
 * history, and with Jackson's streaming parser (a parser made per row, every property name
 * looked up, encoding detected) reading them was two fifths of a report's time.
 *
 * <p>It reads only what the store holds: compact JSON written by the event serializer, an object
 * of the frozen event's fields. Whatever else it meets in a field it reads (an escaped or
 * non-ASCII string, a number that is not a plain integer, a value of another kind, a date not
 * written as {@code yyyy-MM-dd}) makes it give up, and the row is read by Jackson as before, so a
 * row is never read differently, only faster. Values it skips are passed over without being
 * checked; the serializer wrote them.
 */
final class FindingScan {

    private static final byte[] TASK_ID = ascii("taskId");
    private static final byte[] EFFECTIVE_ON = ascii("effectiveOn");
    private static final byte[] FINDINGS = ascii("findings");
    private static final byte[] TAX_CODE = ascii("taxCode");
    private static final byte[] EMPLOYED = ascii("officialMembersEmployed12Months");
    private static final byte[] TRADE_UNION = ascii("tradeUnion");

    private final byte[] json;
    private int at;
    private String taskId;
    private LocalDate effectiveOn;
    private String taxCode;
    private int employed;
    private boolean tradeUnion;

    private FindingScan(byte[] json) {
        this.json = json;
    }

    /** The finding's fields, or null when the bytes are not what the store writes (then: Jackson). */
    static FindingRow read(byte[] json) {
        FindingScan scan = new FindingScan(json);
        try {
            if (!scan.object(true) || scan.taxCode == null || scan.effectiveOn == null) {
                return null;
            }
        } catch (ArrayIndexOutOfBoundsException truncated) {
            return null;
        }
        return new FindingRow(scan.taskId, scan.effectiveOn, scan.taxCode, scan.employed, scan.tradeUnion);
    }

    /** An object: the event ({@code root}) or its {@code findings}. */
    private boolean object(boolean root) {
        space();
        if (json[at++] != '{') {
            return false;
        }
        space();
        if (json[at] == '}') {
            at++;
            return true;
        }
        while (true) {
            space();
            if (json[at++] != '"') {
                return false;
            }
            int name = at;
            while (json[at] != '"') {
                if (json[at] == '\\') {
                    return false;
                }
                at++;
            }
            int nameEnd = at++;
            space();
            if (json[at++] != ':') {
                return false;
            }
            space();
            if (!(root ? eventField(name, nameEnd) : findingsField(name, nameEnd))) {
                return false;
            }
            space();
            byte next = json[at++];
            if (next == '}') {
                return true;
            }
            if (next != ',') {
                return false;
            }
        }
    }

    private boolean eventField(int name, int nameEnd) {
        if (named(name, nameEnd, TASK_ID)) {
            return (taskId = string()) != null;
        }
        if (named(name, nameEnd, EFFECTIVE_ON)) {
            return (effectiveOn = date()) != null;
        }
        if (named(name, nameEnd, FINDINGS)) {
            return json[at] == '{' && object(false);
        }
        return skip();
    }

    private boolean findingsField(int name, int nameEnd) {
        if (named(name, nameEnd, TAX_CODE)) {
            return (taxCode = string()) != null;
        }
        if (named(name, nameEnd, EMPLOYED)) {
            return integer();
        }
        if (named(name, nameEnd, TRADE_UNION)) {
            if (literal("true")) {
                tradeUnion = true;
                return true;
            }
            tradeUnion = false;
            return literal("false");
        }
        return skip();
    }

    private boolean named(int from, int to, byte[] name) {
        if (to - from != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (json[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** A string of printable ASCII without escapes; null for anything else. */
    private String string() {
        if (json[at] != '"') {
            return null;
        }
        int from = ++at;
        while (json[at] != '"') {
            if (json[at] == '\\' || json[at] < 0x20) {
                return null;
            }
            at++;
        }
        return new String(json, from, at++ - from, StandardCharsets.ISO_8859_1);
    }

    /** {@code "yyyy-MM-dd"}, the day shared with other findings of that day; null for anything else. */
    private LocalDate date() {
        if (at + 12 > json.length || json[at] != '"' || json[at + 5] != '-' || json[at + 8] != '-'
                || json[at + 11] != '"') {
            return null;
        }
        int year = digits(at + 1, 4);
        int month = digits(at + 6, 2);
        int day = digits(at + 9, 2);
        at += 12;
        return year < 0 || month < 0 || day < 0 ? null : FindingRow.day(year, month, day);
    }

    /** A plain integer (no fraction, no exponent, at most nine digits), as Jackson's int reading. */
    private boolean integer() {
        boolean negative = json[at] == '-';
        if (negative) {
            at++;
        }
        int from = at;
        int value = 0;
        while (json[at] >= '0' && json[at] <= '9') {
            value = value * 10 + (json[at++] - '0');
        }
        int length = at - from;
        if (length == 0 || length > 9 || json[at] == '.' || json[at] == 'e' || json[at] == 'E') {
            return false;
        }
        employed = negative ? -value : value;
        return true;
    }

    private boolean literal(String word) {
        if (at + word.length() > json.length) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (json[at + i] != word.charAt(i)) {
                return false;
            }
        }
        at += word.length();
        return true;
    }

    /** Passes over any value: a string, an object or array (strings in it included), a number or literal. */
    private boolean skip() {
        byte first = json[at];
        if (first == '"') {
            at++;
            skipStringRest();
            return true;
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            do {
                byte b = json[at++];
                if (b == '"') {
                    skipStringRest();
                } else if (b == '{' || b == '[') {
                    depth++;
                } else if (b == '}' || b == ']') {
                    depth--;
                }
            } while (depth > 0);
            return true;
        }
        int from = at;
        while (at < json.length && json[at] != ',' && json[at] != '}' && json[at] != ']' && !isSpace(json[at])) {
            at++;
        }
        return at > from;
    }

    private void skipStringRest() {
        while (true) {
            byte b = json[at++];
            if (b == '"') {
                return;
            }
            if (b == '\\') {
                at++;
            }
        }
    }

    private void space() {
        while (at < json.length && isSpace(json[at])) {
            at++;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private int digits(int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            byte b = json[i];
            if (b < '0' || b > '9') {
                return -1;
            }
            value = value * 10 + (b - '0');
        }
        return value;
    }

    private static byte[] ascii(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
