package vn.directives.query.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.directives.platform.web.ProblemMapping;
import vn.directives.platform.web.Problems;
import vn.directives.platform.web.RequestRefused;

import java.util.List;

/**
 * The query side's failures as problem documents, beside those both sides share
 * ({@link ProblemMapping}): a read that waited in vain for its position, a sort the read model
 * cannot do. Read models and endpoints refuse with {@link vn.directives.platform.web.RequestRefused}.
 */
@RestControllerAdvice
class ProblemResponses extends ProblemMapping {

    @ExceptionHandler(PositionNotReachedException.class)
    ResponseEntity<ProblemDetail> positionNotReached(PositionNotReachedException e, HttpServletRequest request) {
        String behind = String.join(", ", e.behind());
        double seconds = e.waited().toMillis() / 1000.0;
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "position-not-reached",
                "Dữ liệu chưa kịp cập nhật", "Data not yet up to date",
                "Dữ liệu chưa kịp cập nhật tới vị trí " + e.position() + " sau " + seconds
                        + " giây (đang xử lý chậm: " + behind + "); hãy thử lại sau giây lát.",
                "The read models have not caught up with position " + e.position() + " within " + seconds
                        + " s (behind: " + behind + "); retry shortly.",
                List.of());
        problem.setProperty("position", e.position());
        problem.setProperty("behind", e.behind());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(finish(problem, request));
    }

    /** A read model's own check of a value it was handed (e.g. an unknown code). */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e, HttpServletRequest request) {
        return finish(Problems.invalid(List.of(new Problems.FieldError(null, "invalid-parameter",
                "Tham số không hợp lệ.", e.getMessage() == null ? "Invalid parameter." : e.getMessage()))), request);
    }

    /** Spring Data refuses to sort by a property the read model does not have. */
    @ExceptionHandler(PropertyReferenceException.class)
    ProblemDetail unknownSortProperty(PropertyReferenceException e, HttpServletRequest request) {
        String property = e.getPropertyName();
        return finish(Problems.invalid(List.of(new Problems.FieldError("sort", "unknown-property",
                "Không thể sắp xếp theo '" + property + "'.", "Cannot sort by '" + property + "'."))), request);
    }

    @Override
    protected String correlationId(HttpServletRequest request) {
        return request.getHeader("X-Request-Id");
    }
}
