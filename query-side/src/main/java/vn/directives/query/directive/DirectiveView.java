package vn.directives.query.directive;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.events.directive.Target;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A directive as the list shows it: its registration, the targets in force (as amended, with the
 * date of the last amendment) and, once replaced, the directive that replaced it and from when.
 */
public record DirectiveView(String id, String number, String kind, LocalDate issuedOn, String issuingBody,
                     String title, String leadUnitId, int pointCount, Instant registeredAt,
                     List<Target> targets, LocalDate targetsAmendedOn, String replacedByDirectiveId,
                     LocalDate replacedOn) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String json(List<Target> targets) {
        return JSON.writeValueAsString(targets == null ? List.of() : targets);
    }

    static List<Target> targets(String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<Target>>() { });
    }
}
