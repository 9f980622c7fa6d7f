package vn.directives.query.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place on the query side where failures become problem documents (RFC 9457), Vietnamese
 * first with English beside, naming the parameter at fault. Read models throw
 * {@link QueryProblem}, {@link ResponseStatusException} or {@link IllegalArgumentException}.
 */
@RestControllerAdvice
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(QueryProblem.class)
    ProblemDetail queryProblem(QueryProblem e, HttpServletRequest request) {
        String[] titles = Problems.titles(e.status().value());
        List<Problems.FieldError> errors = e.parameter() == null ? List.of()
                : List.of(new Problems.FieldError(e.parameter(), e.type(), e.messageVi(), e.messageEn()));
        return withRequest(Problems.of(e.status(), e.type(), titles[0], titles[1], e.messageVi(), e.messageEn(),
                errors), request);
    }

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
                .body(withRequest(problem, request));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail responseStatus(ResponseStatusException e, HttpServletRequest request) {
        if (isComplete(e.getBody())) {
            // Built by the read model as users should read it (e.g. the parameter named in errors).
            return withRequest(e.getBody(), request);
        }
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        HttpStatus known = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        String[] titles = Problems.titles(known.value());
        String reason = e.getReason();
        String vi = reason == null ? titles[0] + "." : reason;
        String en = reason == null ? titles[1] + "." : reason;
        return withRequest(Problems.of(known, "status-" + known.value(), titles[0], titles[1], vi, en, List.of()),
                request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e, HttpServletRequest request) {
        return withRequest(Problems.invalid(List.of(new Problems.FieldError(null, "invalid-parameter",
                "Tham số không hợp lệ.", e.getMessage() == null ? "Invalid parameter." : e.getMessage()))), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String name = e.getName();
        String[] expected = expected(e.getRequiredType());
        return withRequest(Problems.invalid(List.of(new Problems.FieldError(name, "wrong-type",
                "'" + name + "' phải là " + expected[0] + ".", "'" + name + "' must be " + expected[1] + "."))),
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return missing(e.getParameterName(), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return missing(e.getHeaderName(), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameter(HandlerMethodValidationException e, HttpServletRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String code = error.getCodes() == null ? "invalid" : last(error.getCodes());
            errors.add(fieldError(parameterName(result.getMethodParameter()), code, violationOf(result, error)));
        }));
        return withRequest(Problems.invalid(errors), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<Problems.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> fieldError(leaf(violation.getPropertyPath().toString()),
                        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                        attributes(violation)))
                .toList();
        return withRequest(Problems.invalid(errors), request);
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail bind(BindException e, HttpServletRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> errors.add(error.isBindingFailure()
                ? new Problems.FieldError(error.getField(), "wrong-type", "'" + error.getField() + "' sai kiểu.",
                "'" + error.getField() + "' has the wrong type.")
                : fieldError(error.getField(), error.getCode(), attributes(error.unwrap(ConstraintViolation.class)))));
        return withRequest(Problems.invalid(errors), request);
    }

    /** Spring Data refuses to sort by a property the read model does not have. */
    @ExceptionHandler(PropertyReferenceException.class)
    ProblemDetail unknownSortProperty(PropertyReferenceException e, HttpServletRequest request) {
        String property = e.getPropertyName();
        return withRequest(Problems.invalid(List.of(new Problems.FieldError("sort", "unknown-property",
                "Không thể sắp xếp theo '" + property + "'.", "Cannot sort by '" + property + "'."))), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e, HttpServletRequest request) {
        return withRequest(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", "Not found",
                "Không có tài nguyên này.", "No such resource.", List.of()), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return withRequest(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "Phương thức không được hỗ trợ", "Method not allowed",
                "Tài nguyên này không hỗ trợ phương thức " + e.getMethod() + ".",
                "This resource does not support " + e.getMethod() + ".", List.of()), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return withRequest(Problems.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Không có định dạng phù hợp",
                "Not acceptable", "Hãy chấp nhận application/json.", "Accept application/json.", List.of()), request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        // The exception's message may quote input; log its type and the path only.
        log.error("Unexpected failure ({}) for {}", e.getClass().getName(), request.getRequestURI());
        return withRequest(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Lỗi hệ thống",
                "Internal error", "Đã có lỗi ngoài dự kiến; hãy báo cho quản trị viên.",
                "An unexpected error occurred; tell an administrator.", List.of()), request);
    }

    private ProblemDetail missing(String name, HttpServletRequest request) {
        return withRequest(Problems.invalid(List.of(new Problems.FieldError(name, "required",
                "Thiếu tham số bắt buộc '" + name + "'.", "The required parameter '" + name + "' is missing."))),
                request);
    }

    private static boolean isComplete(ProblemDetail body) {
        return body.getProperties() != null && body.getProperties().containsKey("title_en");
    }

    private static ProblemDetail withRequest(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** What a parameter of the given type must look like, in Vietnamese and English. */
    private static String[] expected(Class<?> type) {
        if (type == null) {
            return new String[]{"giá trị hợp lệ", "a valid value"};
        }
        if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new String[]{"một trong các giá trị: " + values, "one of: " + values};
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return new String[]{"số nguyên", "an integer"};
        }
        if (type == LocalDate.class) {
            return new String[]{"ngày có thật dạng YYYY-MM-DD", "a real date as YYYY-MM-DD"};
        }
        if (type == YearMonth.class) {
            return new String[]{"tháng dạng YYYY-MM", "a month as YYYY-MM"};
        }
        if (type == boolean.class || type == Boolean.class) {
            return new String[]{"true hoặc false", "true or false"};
        }
        if (type == UUID.class) {
            return new String[]{"mã UUID", "a UUID"};
        }
        return new String[]{"giá trị hợp lệ", "a valid value"};
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return parameter.getParameterName();
    }

    private static Problems.FieldError fieldError(String field, String code, Map<String, Object> attributes) {
        String[] messages = Problems.CONSTRAINT_MESSAGES.getOrDefault(code, new String[]{"không hợp lệ", "is invalid"});
        String label = field == null ? "" : "'" + field + "' ";
        return new Problems.FieldError(field, code, label + fill(messages[0], attributes),
                label + fill(messages[1], attributes));
    }

    private static Map<String, Object> attributes(ConstraintViolation<?> violation) {
        return violation == null ? Map.of() : violation.getConstraintDescriptor().getAttributes();
    }

    private static Map<String, Object> violationOf(ParameterValidationResult result, MessageSourceResolvable error) {
        try {
            return attributes(result.unwrap(error, ConstraintViolation.class));
        } catch (IllegalArgumentException | IllegalStateException notAViolation) {
            return Map.of();
        }
    }

    private static String fill(String template, Map<String, Object> attributes) {
        String result = template;
        for (Map.Entry<String, Object> entry : attributes.entrySet()) {
            result = result.replace("{" + entry.getKey() + "}", String.valueOf(entry.getValue()));
        }
        return result;
    }

    private static String last(String[] codes) {
        String code = codes[codes.length - 1];
        return code.contains(".") ? code.substring(code.lastIndexOf('.') + 1) : code;
    }

    private static String leaf(String path) {
        return path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    }
}
