package vn.directives.command.common;

/** The registered directives: a task follows up one point of one of them. */
public interface DirectiveCatalogue {

    boolean hasPoint(String directiveId, int pointNumber);
}
