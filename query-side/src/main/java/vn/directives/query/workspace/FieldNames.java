package vn.directives.query.workspace;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's messages name fields as the JSON does ({@code 'dueDate' không được để trống}); beside a
 * field on a page, people read the field's label instead ({@code “Hạn hoàn thành” không được để
 * trống}). Each quoted name the page knows is replaced by its label in typographic quotes; a name it
 * does not know stays as it is. Dates in the message are written day first.
 */
public final class FieldNames {

    private static final Pattern QUOTED = Pattern.compile("'([A-Za-z][A-Za-z0-9_.\\[\\]]*)'");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private FieldNames() {
    }

    /**
     * The message with every quoted field name {@code labelOf} knows (it answers null otherwise) as
     * its label, and its dates (the API writes them ISO, {@code hạn cuối 2026-10-05}) as people read
     * them, {@code 05/10/2026}.
     */
    public static String labelled(String message, Function<String, String> labelOf) {
        if (message == null) {
            return null;
        }
        String dayFirst = ISO_DATE.matcher(message).replaceAll("$3/$2/$1");
        if (dayFirst.indexOf('\'') < 0) {
            return dayFirst;
        }
        Matcher quoted = QUOTED.matcher(dayFirst);
        StringBuilder result = new StringBuilder();
        while (quoted.find()) {
            String label = labelOf.apply(quoted.group(1));
            quoted.appendReplacement(result, Matcher.quoteReplacement(
                    label == null ? quoted.group() : "“" + label + "”"));
        }
        quoted.appendTail(result);
        return result.toString();
    }
}
