package vn.directives.query.workspace;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's messages name fields as the JSON does ({@code 'dueDate' không được để trống}); beside a
 * field on a page, people read the field's label instead ({@code “Hạn hoàn thành” không được để
 * trống}). Each quoted name the page knows is replaced by its label in typographic quotes; a name it
 * does not know stays as it is.
 */
public final class FieldNames {

    private static final Pattern QUOTED = Pattern.compile("'([A-Za-z][A-Za-z0-9_.\\[\\]]*)'");

    private FieldNames() {
    }

    /** The message with every quoted field name {@code labelOf} knows (it answers null otherwise) as its label. */
    public static String labelled(String message, Function<String, String> labelOf) {
        if (message == null || message.indexOf('\'') < 0) {
            return message;
        }
        Matcher quoted = QUOTED.matcher(message);
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
