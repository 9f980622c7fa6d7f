package vn.directives.query.workspace.task;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.directives.query.workspace.FieldNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Draws forms from the tables ({@link StepTable}, {@link OpeningTable}) and reads them back: the
 * same field descriptions give the controls, the pickers' choices, the JSON sent to the command
 * side and where each of its refusals is shown.
 */
@Component
public class Forms {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final Pickers pickers;

    Forms(MessageSource messages, Pickers pickers) {
        this.messages = messages;
        this.pickers = pickers;
    }

    /**
     * What the pickers of one form choose from: the date units and members must be active on, the
     * directive, and the enterprise whose Party organizations are offered.
     */
    public record Context(LocalDate on, String directiveId, Locale locale, String enterpriseTaxCode) {

        public Context(LocalDate on, String directiveId, Locale locale) {
            this(on, directiveId, locale, null);
        }
    }

    /** The JSON body of a submitted form, and what could not be read. */
    public FormBody read(List<FormField> fields, MultiValueMap<String, String> form) {
        return FormBody.read(fields, form, pickers::enterpriseName, key -> List.of(
                messages.getMessage(key, null, key, VIETNAMESE), messages.getMessage(key, null, key, ENGLISH)));
    }

    public FormView view(String id, String labelKey, String action, long version, List<FormField> fields,
                  MultiValueMap<String, String> values, Errors errors, Context context) {
        Map<FieldType, List<Pickers.Option>> options = new LinkedHashMap<>();
        List<FormView.FieldView> views = fields.stream().map(field -> new FormView.FieldView(field,
                text(field.labelKey(), context.locale()), optional(field.labelKey() + ".hint", context.locale()),
                values.getFirst(field.name()) == null || field.type() == FieldType.PASSWORD ? ""
                        : values.getFirst(field.name()),
                values.getOrDefault(field.name(), List.of()),
                options.computeIfAbsent(field.type(), type -> options(field, context)),
                errors.byField().get(field.name()))).map(view -> view.field().type() == FieldType.CHOICE
                || view.field().type() == FieldType.CHOICES
                ? withChoices(view, context.locale()) : view).toList();
        return new FormView(id, text(labelKey, context.locale()), optional(labelKey + ".hint", context.locale()),
                action, "\"" + version + "\"", UUID.randomUUID().toString(), views, errors.general(),
                errors.attempted());
    }

    /** Places a refusal's messages beside the fields they name; the rest are said at the top of the form. */
    public Errors errors(List<FormField> fields, StepOutcome.Problem problem, Map<String, String> local, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        local.forEach((field, key) -> byField.put(field, text(key, locale)));
        if (problem != null) {
            for (StepOutcome.FieldProblem error : problem.errors()) {
                String message = FieldNames.labelled(
                        english(locale) && !error.messageEn().isBlank() ? error.messageEn() : error.message(),
                        name -> fields.stream().filter(field -> field.matches(name)).findFirst()
                                .map(field -> text(field.labelKey(), locale)).orElse(null));
                fields.stream().filter(field -> field.matches(error.field())).findFirst().ifPresentOrElse(
                        field -> byField.merge(field.name(), message, (a, b) -> a + " " + b),
                        () -> general.add(message));
            }
            if (problem.errors().isEmpty()) {
                general.add(english(locale) && !problem.detailEn().isBlank() ? problem.detailEn() : problem.detail());
            }
        }
        return new Errors(byField, general, true);
    }

    public static Errors none() {
        return new Errors(Map.of(), List.of(), false);
    }

    public static MultiValueMap<String, String> empty() {
        return new LinkedMultiValueMap<>();
    }

    /** The error summary of a form: each message linked to its field (or to the form). */
    public static List<FormView.SummaryLink> summary(FormView form) {
        List<FormView.SummaryLink> links = new ArrayList<>();
        form.generalErrors().forEach(message -> links.add(new FormView.SummaryLink("#" + form.id(), message)));
        form.fields().stream().filter(field -> field.error() != null)
                .forEach(field -> links.add(new FormView.SummaryLink("#" + field.id(),
                        field.label() + ": " + field.error())));
        return links;
    }

    /** A form's errors: by field name, those that name no field of it, and whether it was submitted. */
    public record Errors(Map<String, String> byField, List<String> general, boolean attempted) {
    }

    private List<Pickers.Option> options(FormField field, Context context) {
        return switch (field.type()) {
            case MEMBER -> pickers.members(context.on());
            case UNIT, UNITS -> pickers.units(context.on());
            case POINT -> context.directiveId() == null ? List.of() : pickers.points(context.directiveId());
            case ENTERPRISE, ENTERPRISES -> pickers.enterprises();
            case TRAINING_COURSE -> pickers.trainingCourses();
            case PARTY_ORGANIZATION -> context.enterpriseTaxCode() == null ? List.of()
                    : pickers.partyOrganizations(context.enterpriseTaxCode());
            case OTHER_PARTY_ORGANIZATION -> pickers.openPartyOrganizationsBesides(context.enterpriseTaxCode());
            default -> List.of();
        };
    }

    private FormView.FieldView withChoices(FormView.FieldView view, Locale locale) {
        List<Pickers.Option> choices = view.field().choiceValues().stream()
                .map(value -> new Pickers.Option(value, text(view.field().choiceKey(value), locale))).toList();
        return new FormView.FieldView(view.field(), view.label(), view.hint(), view.value(), view.values(), choices,
                view.error());
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String optional(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale);
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
