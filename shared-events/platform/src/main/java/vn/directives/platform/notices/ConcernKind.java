package vn.directives.platform.notices;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notification about something that concerns a member or a unit. Each user chooses,
 * per kind, whether it also comes by e-mail; in the inbox it always comes. Urging's own reminders
 * and escalations are not among them: the directive's urging policy decides those, not the reader.
 */
public enum ConcernKind {
    /** A task was opened and given to the member. */
    ASSIGNED,
    /** A task was reassigned to the member. */
    REASSIGNED,
    /** The extension the member asked for was approved. */
    EXTENSION_APPROVED,
    /** The extension the member asked for was rejected. */
    EXTENSION_REJECTED,
    /** Someone else commented on a task the member or unit acts on. */
    COMMENT,
    /** A part of a task was delegated to the unit (a sub-task it leads). */
    DELEGATED,
    /** The Organization Committee or the lead unit urged the task on the spot. */
    URGED;

    /** The kind named exactly so, if any (the API's and the form's spelling). */
    public static Optional<ConcernKind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
