package vn.directives.query.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.directives.platform.security.Role;
import vn.directives.platform.security.SignedInUser;

import java.util.Set;

/**
 * Refuses a signed-in user a page their roles do not open (the 403 page), before its controller
 * reads anything. Signing in itself is the security filter chain's job.
 */
class PageAccess implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Set<Role> roles = SignedInUser.current().map(SignedInUser::roles).orElse(Set.of());
        Page.of(path).filter(page -> !page.openTo(roles)).ifPresent(page -> {
            throw new PageRefused(page);
        });
        return true;
    }
}
