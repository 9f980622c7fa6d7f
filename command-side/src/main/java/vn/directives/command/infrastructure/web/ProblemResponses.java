package vn.directives.command.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.directives.command.calendar.UnknownCalendarYearException;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.report.ReportSourceUnavailable;
import vn.directives.platform.security.SecurityLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The one place where failures become problem documents; nothing else decides a status code. */
@RestControllerAdvice
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final SecurityLog securityLog;

    ProblemResponses(SecurityLog securityLog) {
        this.securityLog = securityLog;
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
        String[] titles = switch (e.kind()) {
            case INVALID -> new String[]{"Dữ liệu không hợp lệ", "Invalid input"};
            case FORBIDDEN -> new String[]{"Không có quyền", "Forbidden"};
            case REFUSED -> new String[]{"Yêu cầu bị từ chối theo quy định", "Refused by a business rule"};
        };
        List<Problems.FieldError> errors = List.of(
                new Problems.FieldError(e.field(), e.rule(), e.messageVi(), e.messageEn()));
        return withRequest(Problems.of(status, e.rule(), titles[0], titles[1], e.messageVi(), e.messageEn(), errors),
                request);
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalidBody(BindException e, HttpServletRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> errors.add(fieldError(error.getField(),
                error.getCode(), violationAttributes(error.unwrap(ConstraintViolation.class)))));
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(fieldError(null, error.getCode(), Map.of())));
        return withRequest(Problems.invalid(errors), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameter(HandlerMethodValidationException e, HttpServletRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String code = error.getCodes() == null ? "invalid" : last(error.getCodes());
            errors.add(fieldError(result.getMethodParameter().getParameterName(), code, Map.of()));
        }));
        return withRequest(Problems.invalid(errors), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getMostSpecificCause();
        Problems.FieldError error;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            error = new Problems.FieldError(path(unknown), "unknown-field", "Trường không được hỗ trợ.",
                    "Unknown field.");
        } else if (cause instanceof StreamReadException) {
            error = new Problems.FieldError(null, "malformed-json",
                    "Nội dung không phải JSON hợp lệ (UTF-8).", "The body is not valid JSON (UTF-8).");
        } else if (cause instanceof JacksonException jackson) {
            error = new Problems.FieldError(path(jackson), "wrong-type",
                    "Giá trị sai kiểu hoặc không tồn tại (ví dụ ngày không có thật).",
                    "Wrong type or impossible value (for example a date that does not exist).");
        } else {
            error = new Problems.FieldError(null, "body-required", "Thiếu nội dung yêu cầu (JSON).",
                    "The request body (JSON) is missing.");
        }
        return withRequest(Problems.invalid(List.of(error)), request);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingRequestHeaderException.class})
    ProblemDetail badParameter(Exception e, HttpServletRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingRequestHeaderException) e).getHeaderName();
        return withRequest(Problems.invalid(List.of(new Problems.FieldError(name, "invalid-parameter",
                "Tham số không hợp lệ hoặc bị thiếu.", "Invalid or missing parameter."))), request);
    }

    @ExceptionHandler(UnknownCalendarYearException.class)
    ProblemDetail unknownCalendarYear(UnknownCalendarYearException e, HttpServletRequest request) {
        String vi = "Lịch ngày làm việc chưa có năm " + e.year() + "; quản trị viên cần bổ sung lịch nghỉ lễ của năm này.";
        String en = "The working-day calendar has no year " + e.year() + "; an administrator must add its holidays.";
        return withRequest(Problems.of(HttpStatus.CONFLICT, "calendar-year-unknown", "Thiếu lịch ngày làm việc",
                "Working-day calendar incomplete", vi, en,
                List.of(new Problems.FieldError(null, "calendar-year-unknown", vi, en))), request);
    }

    @ExceptionHandler(ReportSourceUnavailable.class)
    ProblemDetail reportUnavailable(ReportSourceUnavailable e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "report-unavailable",
                "Chưa lập được báo cáo", "Report unavailable",
                "Phía truy vấn chưa lập được báo cáo; chưa có gì được ghi nhận, hãy thử lại.",
                "The query side could not build the report; nothing was recorded, try again.", List.of());
        return withRequest(problem, request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e, HttpServletRequest request) {
        return withRequest(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", "Not found",
                "Không tìm thấy đối tượng với mã này.", "Nothing with this id exists here.", List.of()), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e, HttpServletRequest request) {
        return withRequest(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", "Not found",
                "Không có tài nguyên này.", "No such resource.", List.of()), request);
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e, HttpServletRequest request) {
        return withRequest(Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version",
                "Dữ liệu đã bị người khác thay đổi", "Stale version",
                "Phiên bản trong If-Match đã cũ; hãy tải lại và thử lại.",
                "The version in If-Match is stale; reload and try again.",
                List.of(new Problems.FieldError("If-Match", "stale-version", "Phiên bản đã cũ.", "Stale version."))),
                request);
    }

    /** Two writers appended to one aggregate at once (or created the same one): the later one lost. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(Exception e, HttpServletRequest request) {
        return withRequest(Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Xung đột cập nhật đồng thời",
                "Concurrent change", "Một thay đổi khác vừa được ghi; hãy thử lại.",
                "Another change was just recorded; try again.", List.of()), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return withRequest(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Kiểu nội dung không được hỗ trợ", "Unsupported media type",
                "Hãy gửi application/json.", "Send application/json.", List.of()), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return withRequest(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "Phương thức không được hỗ trợ", "Method not allowed",
                "Tài nguyên này không hỗ trợ phương thức " + e.getMethod() + ".",
                "This resource does not support " + e.getMethod() + ".", List.of()), request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        // The exception's message may quote input; log its type and the correlation id only.
        log.error("Unexpected failure ({}) for request {}", e.getClass().getName(), RequestIdFilter.of(request));
        return withRequest(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Lỗi hệ thống",
                "Internal error", "Đã có lỗi ngoài dự kiến; hãy báo mã yêu cầu cho quản trị viên.",
                "An unexpected error occurred; give the request id to an administrator.", List.of()), request);
    }

    private static ProblemDetail withRequest(ProblemDetail problem, HttpServletRequest request) {
        problem.setProperty("correlationId", RequestIdFilter.of(request));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return problem;
    }

    private static Problems.FieldError fieldError(String field, String code, Map<String, Object> attributes) {
        String[] messages = Problems.CONSTRAINT_MESSAGES.getOrDefault(code, new String[]{"không hợp lệ", "is invalid"});
        String vi = fill(messages[0], attributes);
        String en = fill(messages[1], attributes);
        String label = field == null ? "" : "'" + field + "' ";
        return new Problems.FieldError(field, code, label + vi, label + en);
    }

    private static Map<String, Object> violationAttributes(ConstraintViolation<?> violation) {
        return violation == null ? Map.of() : violation.getConstraintDescriptor().getAttributes();
    }

    private static String fill(String template, Map<String, Object> attributes) {
        String result = template;
        for (Map.Entry<String, Object> entry : attributes.entrySet()) {
            result = result.replace("{" + entry.getKey() + "}", String.valueOf(entry.getValue()));
        }
        return result;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String last(String[] codes) {
        String code = codes[codes.length - 1];
        return code.contains(".") ? code.substring(code.lastIndexOf('.') + 1) : code;
    }
}
