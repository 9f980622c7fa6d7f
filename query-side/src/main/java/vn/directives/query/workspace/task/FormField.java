package vn.directives.query.workspace.task;

import java.util.List;

/**
 * One field of a step or opening form. Its name is the property's path in the command's JSON
 * body ({@code task.title}, {@code temporaryPeriod.from}); {@code list[].property} fills that
 * property in every object of the list field {@code list}. The name is also the form parameter,
 * the key of its label ({@code field.<name>}) and what a problem document's {@code field} is
 * matched against.
 *
 * @param choices   the enumeration a {@link FieldType#CHOICE} picks from (labels {@code choice.<Enum>.<VALUE>})
 * @param columns   the columns of a {@link FieldType#ROWS} field, in the order a line lists them
 * @param companion for an {@link FieldType#ENTERPRISE}, the property that receives the enterprise's name
 * @param form      the form's id when a page shows several forms with a field of the same name
 *                  (each control needs its own id for its label), else null
 */
public record FormField(String name, FieldType type, boolean required, Class<? extends Enum<?>> choices,
                 List<FormField> columns, String companion, String form) {

    FormField(String name, FieldType type, boolean required, Class<? extends Enum<?>> choices,
              List<FormField> columns, String companion) {
        this(name, type, required, choices, columns, companion, null);
    }

    public static FormField of(String name, FieldType type) {
        return new FormField(name, type, false, null, List.of(), null);
    }

    public static FormField choice(String name, Class<? extends Enum<?>> choices) {
        return new FormField(name, FieldType.CHOICE, false, choices, List.of(), null);
    }

    /** Several values of an enumeration, ticked. */
    public static FormField choices(String name, Class<? extends Enum<?>> choices) {
        return new FormField(name, FieldType.CHOICES, false, choices, List.of(), null);
    }

    public static FormField rows(String name, FormField... columns) {
        return new FormField(name, FieldType.ROWS, false, null, List.of(columns), null);
    }

    static FormField enterprise(String name, String companion) {
        return new FormField(name, FieldType.ENTERPRISE, false, null, List.of(), companion);
    }

    /** The date a step took effect; left empty, the command side takes today. */
    public static FormField effectiveOn() {
        return of("effectiveOn", FieldType.DATE);
    }

    public FormField mandatory() {
        return new FormField(name, type, true, choices, columns, companion, form);
    }

    /** The same field in the form of that id, so that its control's id is unique in the page. */
    public FormField in(String formId) {
        return new FormField(name, type, required, choices, columns, companion, formId);
    }

    /** {@code field.<name>}, a repeated group's index left out ({@code field.successors[].members.official}). */
    String labelKey() {
        return "field." + name.replaceAll("\\[\\d+]", "[]");
    }

    /** The id of its control in the page, also the target of the error summary's link. */
    String controlId() {
        return "f-" + (form == null ? "" : form + "-") + name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** The names of the enumeration's values, in declaration order. */
    List<String> choiceValues() {
        return choices == null ? List.of()
                : java.util.Arrays.stream(choices.getEnumConstants()).map(Enum::name).toList();
    }

    /** The label key of one value of the enumeration. */
    String choiceKey(String value) {
        return "choice." + choices.getSimpleName() + "." + value;
    }

    /**
     * Whether a problem document's {@code field} is about this field: the same path, an element or
     * property under it ({@code participants[0].participantRef}), or its last segment, which is how
     * the aggregates name the fields of an opening's common part ({@code dueDate} for
     * {@code task.dueDate}).
     */
    boolean matches(String problemField) {
        if (problemField == null || problemField.isBlank()) {
            return false;
        }
        String base = name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
        if (problemField.equals(base) || problemField.startsWith(base + "[") || problemField.startsWith(base + ".")) {
            return true;
        }
        String unindexed = problemField.replaceAll("\\[\\d+]", "[]");
        // a rule about an object whose properties the form asks one by one ("leaving" for "leaving.official")
        return unindexed.equals(name) || base.endsWith("." + problemField) || name.startsWith(problemField + ".");
    }
}
