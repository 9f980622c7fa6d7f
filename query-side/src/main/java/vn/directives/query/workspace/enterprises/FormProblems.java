package vn.directives.query.workspace.enterprises;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.JsonNode;
import vn.directives.query.workspace.CommandOutcome;
import vn.directives.query.workspace.FieldNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The refusal of a forwarded command as a registry form shows it: each message in the summary at
 * the top and beside its field, the API's field names ({@code 'communeUnitId'}) read as the
 * form's labels (“Xã, phường”).
 */
record FormProblems(String detail, String detailEn, List<FieldProblem> fields) {

    private static final String LABEL = "enterprise.field.";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    record FieldProblem(String field, String rule, String message, String messageEn) {
    }

    static FormProblems of(CommandOutcome outcome, MessageSource labels) {
        if (outcome == null || outcome.accepted()) {
            return null;
        }
        JsonNode body = outcome.body();
        List<FieldProblem> fields = new ArrayList<>();
        body.path("errors").forEach(error -> {
            String field = formField(error.path("field").asString(null));
            fields.add(new FieldProblem(field, error.path("rule").asString(null),
                    FieldNames.labelled(error.path("message").asString(null), name -> label(name, labels, VIETNAMESE)),
                    FieldNames.labelled(error.path("message_en").asString(null),
                            name -> label(name, labels, Locale.ENGLISH))));
        });
        return new FormProblems(body.path("detail").asString(""), body.path("detail_en").asString(""), fields);
    }

    /** The messages about {@code field}, in the page's language, for beside the field; null when it has none. */
    public String at(String field) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        List<String> messages = fields.stream().filter(problem -> field.equals(problem.field()))
                .map(problem -> english && problem.messageEn() != null ? problem.messageEn() : problem.message())
                .toList();
        return messages.isEmpty() ? null : String.join(" ", messages);
    }

    /** A nested name ({@code profile.name}) is the form's field {@code name}. */
    private static String formField(String field) {
        return field == null ? null : field.substring(field.lastIndexOf('.') + 1);
    }

    private static String label(String name, MessageSource labels, Locale locale) {
        return labels.getMessage(LABEL + formField(name), null, null, locale);
    }
}
