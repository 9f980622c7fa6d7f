package vn.directives.query.report;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.time.LocalDate;

/**
 * The few fields of a stored {@code SurveyFindingRecorded} that a report uses, scanned from the
 * stored bytes ({@link FindingScan}; Jackson's streaming parser when they are not as the store
 * writes them), without binding the whole event: findings are three events in four of a
 * province's history and the report needs five of their nineteen fields (the survey, the day, the
 * enterprise, its official members employed 12 months or more, whether it has a trade union).
 * The field names are those of the frozen event JSON (shared-events' approved-events).
 */
record FindingRow(String taskId, LocalDate effectiveOn, String taxCode, int officialMembersEmployed12Months,
                  boolean tradeUnion) {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The same fields of an event already bound (a fold handed events rather than stored rows). */
    static FindingRow of(vn.directives.events.survey.SurveyFindingRecorded event) {
        return new FindingRow(event.taskId(), event.effectiveOn(), event.findings().taxCode(),
                event.findings().officialMembersEmployed12Months(), event.findings().tradeUnion());
    }

    /** The fields of a stored finding: scanned from its bytes, or parsed by Jackson when they are not as the store writes them. */
    static FindingRow read(byte[] payload) {
        FindingRow scanned = FindingScan.read(payload);
        return scanned != null ? scanned : parsed(payload);
    }

    /** The fields of a stored finding, read with Jackson's streaming parser. */
    static FindingRow parsed(byte[] payload) {
        String taskId = null;
        LocalDate effectiveOn = null;
        String taxCode = null;
        int employed = 0;
        boolean tradeUnion = false;
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), payload)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "taskId" -> taskId = parser.getString();
                    case "effectiveOn" -> effectiveOn = value == JsonToken.VALUE_STRING ? day(parser) : null;
                    case "findings" -> {
                        expect(value, JsonToken.START_OBJECT);
                        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                            String field = parser.currentName();
                            JsonToken token = parser.nextToken();
                            switch (field) {
                                case "taxCode" -> taxCode = parser.getString();
                                case "officialMembersEmployed12Months" -> employed = parser.getIntValue();
                                case "tradeUnion" -> tradeUnion = token == JsonToken.VALUE_TRUE;
                                default -> parser.skipChildren();
                            }
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
        }
        if (taxCode == null || effectiveOn == null) {
            throw new IllegalStateException("A stored survey finding without its tax code or date");
        }
        return new FindingRow(taskId, effectiveOn, taxCode, employed, tradeUnion);
    }

    /** Days of the years findings are dated in, made once: a history holds a few thousand distinct days. */
    private static final int FIRST_YEAR = 2000;
    private static final LocalDate[] DAYS = new LocalDate[100 * 12 * 31];

    /**
     * A stored ISO date ({@code 2025-11-15}) read digit by digit, without a string ({@code
     * LocalDate.parse} was a tenth of a report's time); anything else is parsed as ISO-8601.
     */
    private static LocalDate day(JsonParser parser) {
        char[] text = parser.getStringCharacters();
        int at = parser.getStringOffset();
        LocalDate day = parser.getStringLength() != 10 || text[at + 4] != '-' || text[at + 7] != '-' ? null
                : day(digits(text, at, 4), digits(text, at + 5, 2), digits(text, at + 8, 2));
        return day != null ? day : LocalDate.parse(parser.getString());
    }

    /**
     * The day, shared between the findings of that day (a report keeps every finding's day, and a
     * history holds a few thousand distinct days); null when it is not a date of this century.
     */
    static LocalDate day(int year, int month, int day) {
        if (year < FIRST_YEAR || year >= FIRST_YEAR + 100 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        int slot = ((year - FIRST_YEAR) * 12 + month - 1) * 31 + day - 1;
        LocalDate known = DAYS[slot];
        if (known == null) {
            try {
                known = LocalDate.of(year, month, day);
            } catch (java.time.DateTimeException noSuchDay) {
                return null;
            }
            // racing readers may both make it: equal values, either one kept
            DAYS[slot] = known;
        }
        return known;
    }

    /** The number written by {@code count} digits from {@code from}; -1 if one is not a digit. */
    private static int digits(char[] text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("A stored survey finding is not the JSON expected: " + actual);
        }
    }
}
