package vn.directives.query.workspace;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/**
 * The error pages of a browser's request that no page controller handled (an unknown address, a
 * failure in a filter), drawn in the workspace's layout with the signed-in user's header.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private final Header header;

    ErrorPages(Header header) {
        this.header = header;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>(model);
        page.put("status", status.value());
        header.me().ifPresent(me -> page.put("me", me));
        return new ModelAndView(view(status.value()), page, status);
    }

    static String view(int status) {
        return switch (status) {
            case 403, 404, 503 -> "error/" + status;
            default -> status >= 500 ? "error/500" : "error/4xx";
        };
    }
}
