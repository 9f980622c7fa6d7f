package vn.directives.command.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.directives.platform.web.Problems;

import java.net.URI;
import java.util.List;

/**
 * A command stopped because another request holds its Idempotency-Key: 409 until
 * {@link IdempotencyFilter} replaces it with that request's answer, once known. Ordered before
 * {@link ProblemResponses}, whose catch-all would log it as an unexpected failure.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdempotencyKeyTakenAdvice {

    @ExceptionHandler(IdempotencyClaims.KeyTaken.class)
    ProblemDetail keyTaken(IdempotencyClaims.KeyTaken e, HttpServletRequest request) {
        String vi = "Yêu cầu với Idempotency-Key này đang được xử lý.";
        String en = "A request with this Idempotency-Key is still being processed.";
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-progress",
                "Không thể thực hiện yêu cầu", "Request not processed", vi, en,
                List.of(new Problems.FieldError(IdempotencyFilter.HEADER, "idempotency-key-in-progress", vi, en)));
        problem.setProperty("correlationId", RequestIdFilter.of(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
