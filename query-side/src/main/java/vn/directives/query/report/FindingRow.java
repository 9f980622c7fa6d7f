package vn.directives.query.report;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.time.LocalDate;

/**
 * The few fields of a stored {@code SurveyFindingRecorded} that a report uses, read with Jackson's
 * streaming parser, without binding the whole event: findings are three events in four of a
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

    static FindingRow read(byte[] payload) {
        String taskId = null;
        String effectiveOn = null;
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
                    case "effectiveOn" -> effectiveOn = parser.getString();
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
        return new FindingRow(taskId, LocalDate.parse(effectiveOn), taxCode, employed, tradeUnion);
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("A stored survey finding is not the JSON expected: " + actual);
        }
    }
}
