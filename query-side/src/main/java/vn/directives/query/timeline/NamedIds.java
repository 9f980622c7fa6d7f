package vn.directives.query.timeline;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a timeline sentence refers to a unit or a Steering Committee member: by a marker around
 * the id, replaced by the name when the timeline is read ({@link TimelineEntries#page}). The
 * sentence is written once, when its event is projected; a unit renamed or merged later, or a
 * member appointed after a task was assigned to their id, is then still named as it should be on
 * the day the step took effect, without rebuilding the timeline. An id nobody has named reads as
 * the id itself.
 */
final class NamedIds {

    private static final char OPEN = '\u27E6';
    private static final char CLOSE = '\u27E7';
    private static final Pattern MARKER = Pattern.compile(OPEN + "([um]):([^" + CLOSE + "]{1,200})" + CLOSE);

    private NamedIds() {
    }

    /** The unit {@code unitId}, named as at the day its step took effect. */
    static String unit(String unitId) {
        return OPEN + "u:" + unitId + CLOSE;
    }

    /** The Steering Committee member {@code memberId}, named by their appointment's display name. */
    static String member(String memberId) {
        return OPEN + "m:" + memberId + CLOSE;
    }

    /** The unit ids a sentence names, in the order it names them. */
    static Set<String> units(String sentence) {
        return ids(sentence, "u");
    }

    /** The member ids a sentence names, in the order it names them. */
    static Set<String> members(String sentence) {
        return ids(sentence, "m");
    }

    /**
     * The sentence as people read it: each marker replaced by the name its function gives for the
     * id (null when it knows none), or by the id.
     */
    static String resolve(String sentence, Function<String, String> unitName, Function<String, String> memberName) {
        if (sentence == null || sentence.indexOf(OPEN) < 0) {
            return sentence;
        }
        return MARKER.matcher(sentence).replaceAll(found -> {
            String id = found.group(2);
            String name = ("u".equals(found.group(1)) ? unitName : memberName).apply(id);
            return Matcher.quoteReplacement(name != null ? name : id);
        });
    }

    /** The sentence with every unit and member read as its id: as a reader sees it when nothing is named. */
    static String unnamed(String sentence) {
        return resolve(sentence, id -> null, id -> null);
    }

    private static Set<String> ids(String sentence, String kind) {
        Set<String> ids = new LinkedHashSet<>();
        if (sentence == null) {
            return ids;
        }
        Matcher found = MARKER.matcher(sentence);
        while (found.find()) {
            if (kind.equals(found.group(1))) {
                ids.add(found.group(2));
            }
        }
        return ids;
    }
}
