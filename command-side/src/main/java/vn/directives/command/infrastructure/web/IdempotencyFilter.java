package vn.directives.command.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.common.RuleViolation;
import vn.directives.platform.web.Problems;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes a POST carrying an {@code Idempotency-Key} take effect once: the first request runs
 * and its answer (status, Location, ETag, body) is stored; a retry with the same key and the
 * same request gets that answer again, marked {@code Idempotent-Replayed: true}, and nothing
 * is dispatched (the event position header is restored from the stored body). The same key
 * with a different request answers 422; a retry while the first
 * is still running answers 409. Keys are scoped to the acting user. Server errors (5xx) are
 * not stored, so a retry runs again.
 */
@Component
// after Spring Security's filters, so that keys are scoped to the authenticated user
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{8,200}");
    private static final int MAX_BODY = 1_048_576;

    private final IdempotencyStore store;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            reject(request, response, HttpStatus.BAD_REQUEST, "idempotency-key-format",
                    "Idempotency-Key phải gồm 8 đến 200 ký tự ASCII in được.",
                    "Idempotency-Key must be 8 to 200 printable ASCII characters.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            reject(request, response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "Nội dung yêu cầu quá lớn (tối đa 1 MB).", "The request body is too large (1 MB at most).");
            return;
        }
        String actor;
        try {
            actor = RequestActor.of(request).userId();
        } catch (RuleViolation e) {
            chain.doFilter(new CachedBodyRequest(request, body), response);
            return;
        }
        String fingerprint = IdempotencyStore.fingerprint(request.getMethod(), request.getRequestURI(), body);
        IdempotencyStore.Claim claim = store.claim(actor, key, fingerprint);
        switch (claim.state()) {
            case CLAIMED -> runAndRemember(request, response, chain, body, actor, key);
            case DIFFERENT_REQUEST -> reject(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency-Key này đã được dùng cho một yêu cầu khác.",
                    "This Idempotency-Key was used for a different request.");
            case IN_PROGRESS -> reject(request, response, HttpStatus.CONFLICT, "idempotency-key-in-progress",
                    "Yêu cầu với Idempotency-Key này đang được xử lý.",
                    "A request with this Idempotency-Key is still being processed.");
            case DONE -> replay(response, claim.answer());
        }
    }

    private void runAndRemember(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                byte[] body, String actor, String key) throws IOException, ServletException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new CachedBodyRequest(request, body), wrapper);
        } catch (IOException | ServletException | RuntimeException e) {
            store.release(actor, key);
            throw e;
        }
        if (wrapper.getStatus() >= 500) {
            store.release(actor, key);
        } else {
            store.remember(actor, key, new IdempotencyStore.Answer(wrapper.getStatus(), wrapper.getContentType(),
                    wrapper.getHeader("Location"), wrapper.getHeader("ETag"), wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }

    private void replay(HttpServletResponse response, IdempotencyStore.Answer answer) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader("Location", answer.location());
        }
        if (answer.etag() != null) {
            response.setHeader("ETag", answer.etag());
        }
        Long position = storedPosition(answer);
        if (position != null) {
            response.setHeader(Versions.POSITION_HEADER, position.toString());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(answer.body());
    }

    /** The event position in a stored command answer ({@link Versions.Accepted}), if it has one. */
    private Long storedPosition(IdempotencyStore.Answer answer) {
        if (answer.contentType() == null || !answer.contentType().contains("json") || answer.body().length == 0) {
            return null;
        }
        try {
            JsonNode position = json.readTree(answer.body()).path("position");
            return position.isIntegralNumber() ? position.asLong() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String rule,
                        String vi, String en) throws IOException {
        ProblemDetail problem = Problems.of(status, rule, "Không thể thực hiện yêu cầu", "Request not processed",
                vi, en, List.of(new Problems.FieldError(HEADER, rule, vi, en)));
        problem.setProperty("correlationId", RequestIdFilter.of(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
