package vn.directives.query.workspace;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * Failures of the workspace's pages become pages in the layout (the API keeps its problem
 * documents): 403 when a page is not for the user's roles (also for an address no controller
 * maps yet, hence global), 404 for something that does not exist, and 503 when a command cannot reach
 * the command side.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceErrors {

    private final Header header;

    WorkspaceErrors(Header header) {
        this.header = header;
    }

    @ExceptionHandler(PageRefused.class)
    ModelAndView refused() {
        return page(HttpStatus.FORBIDDEN, null, null);
    }

    /** A command could not reach the command side: a page that says so and what to do, not the 500 page. */
    @ExceptionHandler(CommandSide.Unavailable.class)
    ModelAndView commandSideUnavailable(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "60");
        return page(HttpStatus.SERVICE_UNAVAILABLE, null, null);
    }

    @ExceptionHandler(PageNotFound.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, null, null);
    }

    static ModelAndView page(Header header, ResponseStatusException e) {
        Object detailEn = e.getBody().getProperties() == null ? null : e.getBody().getProperties().get("detail_en");
        return page(header, e.getStatusCode(), e.getBody().getDetail(),
                detailEn == null ? e.getReason() : detailEn.toString());
    }

    private ModelAndView page(HttpStatusCode status, String detail, String detailEn) {
        return page(header, status, detail, detailEn);
    }

    static ModelAndView page(Header header, HttpStatusCode status, String detail, String detailEn) {
        ModelAndView page = new ModelAndView(ErrorPages.view(status.value()), Map.of(), status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("detailEn", detailEn);
        header.me().ifPresent(me -> page.addObject("me", me));
        return page;
    }
}
