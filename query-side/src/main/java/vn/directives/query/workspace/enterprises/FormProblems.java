package vn.directives.query.workspace.enterprises;

import tools.jackson.databind.JsonNode;
import vn.directives.query.workspace.CommandOutcome;

import java.util.ArrayList;
import java.util.List;

/** The refusal of a forwarded command as the error summary lists it: each field named with its message. */
record FormProblems(String detail, String detailEn, List<FieldProblem> fields) {

    record FieldProblem(String field, String rule, String message, String messageEn) {
    }

    static FormProblems of(CommandOutcome outcome) {
        if (outcome == null || outcome.accepted()) {
            return null;
        }
        JsonNode body = outcome.body();
        List<FieldProblem> fields = new ArrayList<>();
        body.path("errors").forEach(error -> fields.add(new FieldProblem(error.path("field").asString(null),
                error.path("rule").asString(null), error.path("message").asString(null),
                error.path("message_en").asString(null))));
        return new FormProblems(body.path("detail").asString(""), body.path("detail_en").asString(""), fields);
    }
}
