package vn.directives.query.workspace;

/** A signed-in user asked for a page their roles do not open: answered with the 403 page. */
public class PageRefused extends RuntimeException {

    public PageRefused(Page page) {
        super("page " + page.name() + " refused");
    }
}
