package vn.directives.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.platform.web.Problems;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Answers an API request without valid credentials (401), without the role it needs (403) or
 * throttled after repeated wrong passwords (429 with {@code Retry-After}) with a problem document,
 * and records the attempt in the security log: the user name tried (never the password), what was
 * asked and when. A throttled burst is recorded once, at its first refusal.
 */
public final class Refusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final SecurityLog log;
    private final JsonMapper json;
    private final String challenge;

    public Refusals(SecurityLog log, JsonMapper json, String challenge) {
        this.log = log;
        this.json = json;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            throttled(request, response, throttled);
            return;
        }
        log.record(request, claimedUser(request), SecurityLog.Outcome.UNAUTHENTICATED, "sign-in-required");
        response.setHeader("WWW-Authenticate", challenge);
        write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "sign-in-required", "Chưa đăng nhập",
                "Not signed in", "Cần đăng nhập bằng tài khoản hợp lệ để dùng chức năng này.",
                "Sign in with a valid account to use this.", List.of()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        log.record(request, SecurityLog.Outcome.FORBIDDEN, "role-required");
        write(request, response, Problems.of(HttpStatus.FORBIDDEN, "role-required", "Không có quyền", "Forbidden",
                "Vai trò của bạn không được phép dùng chức năng này.", "Your roles do not allow this.", List.of()));
    }

    private void throttled(HttpServletRequest request, HttpServletResponse response, SignInThrottledException e)
            throws IOException {
        if (e.firstOfBurst()) {
            log.record(request, claimedUser(request), SecurityLog.Outcome.THROTTLED, e.rule());
        }
        response.setHeader("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
        write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled", "Tạm khóa đăng nhập",
                "Sign-in throttled", "Đăng nhập sai quá nhiều lần; hãy thử lại sau ít phút.",
                "Too many failed sign-ins; try again in a few minutes.", List.of()));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setProperty("correlationId", log.correlationId(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** The user name of a Basic header, for the log; the password part is never decoded into a string. */
    private static String claimedUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(header.substring(6).trim());
            int colon = 0;
            while (colon < decoded.length && decoded[colon] != ':') {
                colon++;
            }
            String user = new String(decoded, 0, colon, StandardCharsets.UTF_8);
            return user.matches("[A-Za-z0-9._@-]{1,100}") ? user : "(unreadable)";
        } catch (IllegalArgumentException e) {
            return "(unreadable)";
        }
    }
}
