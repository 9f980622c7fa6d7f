package vn.directives.events.survey;

import java.util.List;

/**
 * What a survey covers: a list of enterprises (by tax code), an industrial zone, or a commune
 * (by unit id), with a description in the user's words.
 */
public record SurveyScope(Kind kind, List<String> references, String description) {

    public enum Kind { ENTERPRISES, INDUSTRIAL_ZONE, COMMUNE }

    public SurveyScope {
        references = references == null ? List.of() : List.copyOf(references);
    }
}
