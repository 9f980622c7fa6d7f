package vn.directives.query.workspace;

/** A page about something that does not exist (a directive, a unit): answered with the 404 page. */
public class PageNotFound extends RuntimeException {

    public PageNotFound(String what) {
        super(what + " not found");
    }
}
