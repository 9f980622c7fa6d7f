package vn.directives.query.workspace;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import vn.directives.platform.web.RequestRefused;
import org.springframework.web.servlet.ModelAndView;

/**
 * A read model's refusal on a page of the workspace (a bad parameter, a calendar not adopted) is
 * shown as a page in the layout with the read model's own Vietnamese and English explanation; the
 * API's controllers keep answering with problem documents.
 */
@ControllerAdvice(basePackageClasses = PageProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

    private final Header header;

    PageProblems(Header header) {
        this.header = header;
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException e) {
        return WorkspaceErrors.page(header, e);
    }

    @ExceptionHandler(RequestRefused.class)
    ModelAndView refused(RequestRefused e) {
        return WorkspaceErrors.page(header, e.status(), e.messageVi(), e.messageEn());
    }
}
