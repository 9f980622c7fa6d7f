package vn.directives.command.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.directives.command.common.RuleViolation;
import vn.directives.platform.security.SecurityLog;
import vn.directives.platform.web.ProblemMapping;
import vn.directives.platform.web.Problems;

import java.util.List;

/**
 * The command side's failures as problem documents, beside those both sides share
 * ({@link ProblemMapping}): broken business rules, unknown aggregates, version conflicts.
 */
@RestControllerAdvice
class ProblemResponses extends ProblemMapping {

    private final SecurityLog securityLog;
    private final EventPositions positions;

    ProblemResponses(SecurityLog securityLog, EventPositions positions) {
        this.securityLog = securityLog;
        this.positions = positions;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e, HttpServletRequest request) {
        if (e.kind() != RuleViolation.Kind.INVALID) {
            securityLog.record(request, e.kind() == RuleViolation.Kind.FORBIDDEN ? SecurityLog.Outcome.RULE_FORBIDDEN
                    : SecurityLog.Outcome.RULE_REFUSED, e.rule());
        }
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case REFUSED -> HttpStatus.CONFLICT;
        };
        List<Problems.FieldError> errors = List.of(
                new Problems.FieldError(e.field(), e.rule(), e.messageVi(), e.messageEn()));
        return finish(Problems.of(status, e.rule(), e.messageVi(), e.messageEn(), errors), request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e, HttpServletRequest request) {
        return finish(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy đối tượng với mã này.",
                "Nothing with this id exists here.", List.of()), request);
    }

    /**
     * Carries the current ETag, so the client can show what changed without asking again, and the
     * event position of the change that made the version stale ({@code X-Event-Position} and
     * {@code position}), so that the client reads the query side at it ({@code ?position=}) and sees
     * that change in every read model, not only in the first to catch up.
     */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e, HttpServletRequest request,
                               HttpServletResponse response) {
        response.setHeader(HttpHeaders.ETAG, Versions.etag(e.getActualVersion()));
        long position = positions.afterCommand(String.valueOf(e.getAggregateIdentifier()), e.getActualVersion());
        response.setHeader(Versions.POSITION_HEADER, Long.toString(position));
        return finish(withPosition(position, Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version",
                "Phiên bản trong If-Match đã cũ; hãy tải lại và thử lại.",
                "The version in If-Match is stale; reload and try again.",
                List.of(new Problems.FieldError("If-Match", "stale-version", "Phiên bản đã cũ.", "Stale version.")))),
                request);
    }

    private static ProblemDetail withPosition(long position, ProblemDetail problem) {
        problem.setProperty("position", position);
        return problem;
    }

    /** Two writers appended to one aggregate at once (or created the same one): the later one lost. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(Exception e, HttpServletRequest request) {
        return finish(Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Xung đột cập nhật đồng thời",
                "Concurrent change", "Một thay đổi khác vừa được ghi; hãy thử lại.",
                "Another change was just recorded; try again.", List.of()), request);
    }

    @Override
    protected String correlationId(HttpServletRequest request) {
        return RequestIdFilter.of(request);
    }
}
