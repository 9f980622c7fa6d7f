package vn.directives.query.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import vn.directives.platform.security.SecurityLog;
import vn.directives.platform.security.SignInThrottledException;

import java.io.IOException;

/**
 * A refused sign-in on the workspace's page: back to the page, saying why ({@code ?error} or
 * {@code ?throttled}), and into the security log (a throttled burst once, at its first refusal).
 */
final class SignInFailures implements AuthenticationFailureHandler {

    private static final String USERNAME = "[A-Za-z0-9._@-]{1,100}";

    private final SecurityLog log;

    SignInFailures(SecurityLog log) {
        this.log = log;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            if (throttled.firstOfBurst()) {
                log.record(request, claimedUser(request), SecurityLog.Outcome.THROTTLED, throttled.rule());
            }
            response.sendRedirect(request.getContextPath() + "/signin?throttled");
            return;
        }
        log.record(request, claimedUser(request), SecurityLog.Outcome.UNAUTHENTICATED, "sign-in-failed");
        response.sendRedirect(request.getContextPath() + "/signin?error");
    }

    private static String claimedUser(HttpServletRequest request) {
        String user = request.getParameter("username");
        return user == null ? null : user.matches(USERNAME) ? user : "(unreadable)";
    }
}
