package vn.directives.command.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
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
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes a POST carrying an {@code Idempotency-Key} take effect once, whatever fails and wherever.
 * The request runs in one database transaction that holds the key's claim (taken just before the
 * command, {@link IdempotencyClaims}), the command's events and the answer (status, Location, ETag,
 * body); the answer reaches the client only after that transaction committed. So a failure
 * anywhere — an exception, a 5xx, a lost connection, a killed process — leaves either all of it or
 * none of it, and a retry either gets the stored answer again (marked
 * {@code Idempotent-Replayed: true}, nothing dispatched) or runs for the first time. A duplicate
 * arriving while the first is running waits for it (PostgreSQL's unique key) and then gets its
 * answer; one still waiting after the lock timeout answers 409. The same key with a different
 * request answers 422. Keys are scoped to the acting user. A request refused by a rule (4xx)
 * changed nothing and its answer is stored too; a 5xx is not stored, since nothing it did committed.
 */
@Component
// after Spring Security's filters, so that keys are scoped to the authenticated user
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{8,200}");
    private static final int MAX_BODY = 1_048_576;

    private final IdempotencyStore store;
    private final JsonMapper json;
    private final PlatformTransactionManager transactions;
    private final DefaultTransactionDefinition definition = new DefaultTransactionDefinition();

    IdempotencyFilter(IdempotencyStore store, JsonMapper json, PlatformTransactionManager transactions,
                      @Value("${directives.command.transaction-timeout-seconds:20}") int timeoutSeconds) {
        this.store = store;
        this.json = json;
        this.transactions = transactions;
        // bounded like every command's transaction (see EventStoreConfiguration)
        definition.setTimeout(timeoutSeconds);
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
        Optional<IdempotencyStore.Earlier> earlier = store.earlier(actor, key, fingerprint);
        if (earlier.isPresent()) {
            answerEarlier(request, response, earlier.get());
            return;
        }
        runOnce(new CachedBodyRequest(request, body), response, chain,
                new IdempotencyClaims.Pending(actor, key, fingerprint));
    }

    private void runOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                         IdempotencyClaims.Pending claim) throws IOException, ServletException {
        request.setAttribute(IdempotencyClaims.ATTRIBUTE, claim);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        TransactionStatus transaction = transactions.getTransaction(definition);
        try {
            chain.doFilter(request, wrapper);
        } catch (IOException | ServletException | RuntimeException e) {
            rollback(transaction);
            throw e;
        }
        if (claim.taken() || wrapper.getStatus() >= 500) {
            // another request holds the key, or this one failed: nothing of it may remain
            rollback(transaction);
            if (claim.earlier() != null) {
                wrapper.resetBuffer();
                resetHeaders(request, response);
                answerEarlier(request, response, claim.earlier());
            } else {
                wrapper.copyBodyToResponse();
            }
            return;
        }
        IdempotencyStore.Answer answer = new IdempotencyStore.Answer(wrapper.getStatus(), wrapper.getContentType(),
                wrapper.getHeader("Location"), wrapper.getHeader("ETag"), wrapper.getContentAsByteArray());
        if (transaction.isRollbackOnly()) {
            // a refused command doomed the transaction: it changed nothing, its answer stands alone
            rollback(transaction);
            store.rememberRefusal(claim.actor(), claim.key(), claim.fingerprint(), answer);
            wrapper.copyBodyToResponse();
            return;
        }
        try {
            claim.claim(store);
            store.remember(claim.actor(), claim.key(), answer);
            transactions.commit(transaction);
        } catch (IdempotencyClaims.KeyTaken e) {
            rollback(transaction);
            wrapper.resetBuffer();
            resetHeaders(request, response);
            if (claim.earlier() != null) {
                answerEarlier(request, response, claim.earlier());
            } else {
                inProgress(request, response);
            }
            return;
        } catch (RuntimeException e) {
            // The commit's outcome may be unknown (a connection lost during COMMIT): the client
            // retries with the same key and gets the stored answer or a first run.
            log.warn("Idempotent request {} not committed ({})", RequestIdFilter.of(request), e.getClass().getName());
            rollback(transaction);
            wrapper.resetBuffer();
            resetHeaders(request, response);
            problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, "idempotent-request-not-committed",
                    "Chưa ghi nhận được yêu cầu; hãy gửi lại với cùng Idempotency-Key.",
                    "The request could not be committed; retry it with the same Idempotency-Key.");
            return;
        }
        wrapper.copyBodyToResponse();
    }

    private void rollback(TransactionStatus transaction) {
        if (transaction.isCompleted()) {
            return;
        }
        try {
            transactions.rollback(transaction);
        } catch (RuntimeException e) {
            // the connection is gone: PostgreSQL has rolled the transaction back already
            log.debug("Rollback failed ({})", e.getClass().getName());
        }
    }

    private static void resetHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.reset();
        response.setHeader(RequestIdFilter.HEADER, RequestIdFilter.of(request));
    }

    private void answerEarlier(HttpServletRequest request, HttpServletResponse response,
                               IdempotencyStore.Earlier earlier) throws IOException {
        switch (earlier.outcome()) {
            case ANSWERED -> replay(response, earlier.answer());
            case DIFFERENT_REQUEST -> reject(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused", "Idempotency-Key này đã được dùng cho một yêu cầu khác.",
                    "This Idempotency-Key was used for a different request.");
        }
    }

    private void inProgress(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "1");
        reject(request, response, HttpStatus.CONFLICT, "idempotency-key-in-progress",
                "Yêu cầu với Idempotency-Key này đang được xử lý.",
                "A request with this Idempotency-Key is still being processed.");
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
        write(request, response, status, problem);
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String rule,
                         String vi, String en) throws IOException {
        write(request, response, status, Problems.of(status, rule, "Không thể thực hiện yêu cầu",
                "Request not processed", vi, en, List.of()));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                       ProblemDetail problem) throws IOException {
        problem.setProperty("correlationId", RequestIdFilter.of(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
