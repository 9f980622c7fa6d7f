package vn.directives.query.workspace.task;

import org.springframework.util.MultiValueMap;
import vn.directives.query.taskboard.QueryParameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a submitted form into the command's JSON body, field by field as the table describes
 * them. Empty fields are left out (the command side then applies its defaults or names what is
 * missing); only what cannot be said in JSON at all (a number that is not one, a row with too
 * many columns) is refused here, naming the field.
 */
public final class FormBody {

    private static final Set<String> YES = Set.of("x", "có", "co", "c", "yes", "y", "1", "true", "đạt", "dat");

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    private FormBody() {
    }

    /**
     * Reads the fields from the submitted parameters.
     *
     * @param enterpriseNames the name of a known enterprise by tax code, for {@link FieldType#ENTERPRISE}
     * @param choiceLabels    every label (both languages) of an enumeration value, by its label key
     */
    static FormBody read(List<FormField> fields, MultiValueMap<String, String> form,
                         Function<String, String> enterpriseNames, Function<String, List<String>> choiceLabels) {
        FormBody body = new FormBody();
        Set<String> blankGroups = blankGroups(fields, form);
        fields.stream().filter(field -> !field.name().contains("[]"))
                .filter(field -> group(field.name()) == null || !blankGroups.contains(group(field.name())))
                .forEach(field ->
                body.read(field, form.getOrDefault(field.name(), List.of()), enterpriseNames, choiceLabels));
        fields.stream().filter(field -> field.name().contains("[]")).forEach(field ->
                body.fillEach(field, first(form.get(field.name()))));
        return body;
    }

    public Map<String, Object> json() {
        return json;
    }

    /** Problems found before anything was sent: field name to the label key of the message. */
    public Map<String, String> errors() {
        return errors;
    }

    private void read(FormField field, List<String> values, Function<String, String> enterpriseNames,
                      Function<String, List<String>> choiceLabels) {
        String value = first(values);
        switch (field.type()) {
            case CHECKBOX -> put(field.name(), values.stream().anyMatch("true"::equals));
            case NUMBER, POINT -> {
                if (value.isEmpty()) {
                    // counts left empty are none; the command side has no "unknown" for them (a part of
                    // the body left wholly empty is not sent at all: see blankGroups)
                    if (field.required()) {
                        errors.put(field.name(), "error.required");
                    } else {
                        put(field.name(), 0);
                    }
                } else {
                    Integer number = integer(value);
                    if (number == null) {
                        errors.put(field.name(), "error.number");
                    } else {
                        put(field.name(), number);
                    }
                }
            }
            case UNITS, ENTERPRISES, LINES, CHOICES -> {
                List<String> items = lines(values);
                if (!items.isEmpty()) {
                    put(field.name(), items);
                }
            }
            case DATE -> {
                // typed dd/MM/yyyy (as the field shows dates), or ISO from a link; the command takes ISO
                if (!value.isEmpty()) {
                    java.time.LocalDate date = QueryParameters.typedDate(value);
                    if (date == null) {
                        errors.put(field.name(), "error.date");
                    } else {
                        put(field.name(), date.toString());
                    }
                }
            }
            case ENTERPRISE -> {
                if (!value.isEmpty()) {
                    put(field.name(), value);
                    String name = enterpriseNames.apply(value);
                    if (name != null && field.companion() != null) {
                        put(field.companion(), name);
                    }
                }
            }
            case ROWS -> {
                List<Map<String, Object>> rows = rows(field, lines(values), choiceLabels);
                if (rows != null && !rows.isEmpty()) {
                    put(field.name(), rows);
                }
            }
            default -> {
                if (!value.isEmpty()) {
                    put(field.name(), value);
                }
            }
        }
    }

    /** A line a row, columns split at semicolons, each converted as its column's type says. */
    private List<Map<String, Object>> rows(FormField field, List<String> lines,
                                           Function<String, List<String>> choiceLabels) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split(";", -1);
            if (cells.length > field.columns().size()) {
                errors.put(field.name(), "error.rows");
                return null;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < field.columns().size(); i++) {
                FormField column = field.columns().get(i);
                String cell = i < cells.length ? cells[i].strip() : "";
                Object converted = cell(column, cell, choiceLabels);
                if (converted == null && !cell.isEmpty()) {
                    errors.put(field.name(), "error.rows");
                    return null;
                }
                if (converted != null) {
                    row.put(column.name(), converted);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object cell(FormField column, String cell, Function<String, List<String>> choiceLabels) {
        return switch (column.type()) {
            case CHECKBOX -> YES.contains(cell.toLowerCase(Locale.ROOT));
            case NUMBER -> integer(cell);
            case CHOICE -> column.choiceValues().stream()
                    .filter(value -> value.equalsIgnoreCase(cell) || choiceLabels.apply(column.choiceKey(value))
                            .stream().anyMatch(label -> label.equalsIgnoreCase(cell)))
                    .findFirst().orElse(null);
            default -> cell.isEmpty() ? null : cell;
        };
    }

    /** {@code list[].property}: the value goes into every object of the list. */
    @SuppressWarnings("unchecked")
    private void fillEach(FormField field, String value) {
        if (value.isEmpty()) {
            return;
        }
        String list = field.name().substring(0, field.name().indexOf("[]"));
        String property = field.name().substring(field.name().indexOf("[]") + 3);
        if (json.get(list) instanceof List<?> items) {
            items.forEach(item -> ((Map<String, Object>) item).put(property, value));
        }
    }

    /**
     * Puts the value at its path: {@code a.b} is property {@code b} of object {@code a}; {@code list[2].b}
     * is property {@code b} of the third object of the list {@code list} (objects before it made empty
     * if none was given, so that the command side names the element that lacks its fields).
     */
    @SuppressWarnings("unchecked")
    private void put(String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = json;
        for (int i = 0; i < parts.length - 1; i++) {
            java.util.regex.Matcher indexed = INDEXED.matcher(parts[i]);
            if (indexed.matches()) {
                List<Object> list = (List<Object>) node.computeIfAbsent(indexed.group(1), key -> new ArrayList<>());
                int index = Integer.parseInt(indexed.group(2));
                while (list.size() <= index) {
                    list.add(new LinkedHashMap<String, Object>());
                }
                node = (Map<String, Object>) list.get(index);
            } else {
                node = (Map<String, Object>) node.computeIfAbsent(parts[i], key -> new LinkedHashMap<String, Object>());
            }
        }
        node.put(parts[parts.length - 1], value);
    }

    private static final java.util.regex.Pattern INDEXED = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)]");

    /**
     * The part of the body a field belongs to: the element of a repeated group ({@code successors[1]} of
     * {@code successors[1].members.official}) or the object ({@code organizationFounded} of
     * {@code organizationFounded.members}); null for a top-level field or a {@code list[].property}.
     */
    private static String group(String name) {
        if (name.contains("[]")) {
            return null;
        }
        int bracket = name.indexOf(']');
        if (bracket >= 0) {
            return name.substring(0, bracket + 1);
        }
        int dot = name.indexOf('.');
        return dot < 0 ? null : name.substring(0, dot);
    }

    /**
     * The parts of the body every field of which was left empty: a blank row, or an optional part left
     * empty (an organization a completion founded, the members leaving with a dissolution), sends nothing.
     */
    private static Set<String> blankGroups(List<FormField> fields, MultiValueMap<String, String> form) {
        Set<String> groups = new LinkedHashSet<>();
        Set<String> filled = new LinkedHashSet<>();
        for (FormField field : fields) {
            String group = group(field.name());
            if (group != null) {
                groups.add(group);
                if (!first(form.get(field.name())).isEmpty()) {
                    filled.add(group);
                }
            }
        }
        groups.removeAll(filled);
        return groups;
    }

    private static List<String> lines(List<String> values) {
        Set<String> items = new LinkedHashSet<>();
        values.forEach(value -> value.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(items::add));
        return List.copyOf(items);
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }

    private static Integer integer(String value) {
        try {
            return Integer.valueOf(value.replace(".", "").replace(",", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
