package vn.directives.command.common;

/** The registered directives: a task follows up one point of one of them. */
public interface DirectiveCatalogue {

    /** Whether a directive with this id was registered (so a missing point is told from an unknown directive). */
    boolean isRegistered(String directiveId);

    boolean hasPoint(String directiveId, int pointNumber);
}
