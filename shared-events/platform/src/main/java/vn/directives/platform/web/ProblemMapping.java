package vn.directives.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

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
 * The failures both sides turn into problem documents the same way: malformed or invalid input,
 * an unknown path, a method or media type not served, a {@link RequestRefused}, the unexpected. Each side
 * has one {@code @RestControllerAdvice} that extends this and adds only its own failures; every
 * document passes through {@link #finish} so that it names the request and speaks the language the
 * request asked for.
 */
public abstract class ProblemMapping {

    private static final Logger log = LoggerFactory.getLogger(ProblemMapping.class);

    @ExceptionHandler(RequestRefused.class)
    public ProblemDetail refusal(RequestRefused e, HttpServletRequest request) {
        return finish(e.toProblem(), request);
    }

    /** Spring's own refusals; a body that already has both languages is kept as built. */
    @ExceptionHandler(ResponseStatusException.class)
    public ProblemDetail responseStatus(ResponseStatusException e, HttpServletRequest request) {
        ProblemDetail body = e.getBody();
        if (body.getProperties() != null && body.getProperties().containsKey("title_en")) {
            return finish(body, request);
        }
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        HttpStatus known = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        String[] titles = Problems.titles(known.value());
        String vi = e.getReason() == null ? titles[0] + "." : e.getReason();
        String en = e.getReason() == null ? titles[1] + "." : e.getReason();
        return finish(Problems.of(known, "status-" + known.value(), vi, en, List.of()), request);
    }

    @ExceptionHandler(BindException.class)
    public ProblemDetail invalidBody(BindException e, HttpServletRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> errors.add(error.isBindingFailure()
                ? new Problems.FieldError(error.getField(), "wrong-type", "'" + error.getField() + "' sai kiểu.",
                "'" + error.getField() + "' has the wrong type.")
                : Problems.constraint(error.getField(), error.getCode(),
                attributes(error.unwrap(ConstraintViolation.class)))));
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(Problems.constraint(null, error.getCode(), Map.of())));
        return finish(Problems.invalid(errors), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    public ProblemDetail invalidParameter(HandlerMethodValidationException e, HttpServletRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String code = error.getCodes() == null ? "invalid" : last(error.getCodes());
            errors.add(Problems.constraint(parameterName(result.getMethodParameter()), code,
                    violationOf(result, error)));
        }));
        return finish(Problems.invalid(errors), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ProblemDetail constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<Problems.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> Problems.constraint(leaf(violation.getPropertyPath().toString()),
                        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                        attributes(violation)))
                .toList();
        return finish(Problems.invalid(errors), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
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
        return finish(Problems.invalid(List.of(error)), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String name = e.getName();
        String[] expected = expected(e.getRequiredType());
        return finish(Problems.invalid(List.of(new Problems.FieldError(name, "wrong-type",
                "'" + name + "' phải là " + expected[0] + ".", "'" + name + "' must be " + expected[1] + "."))),
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ProblemDetail missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return missing(e.getParameterName(), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    public ProblemDetail missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return missing(e.getHeaderName(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public ProblemDetail noResource(NoResourceFoundException e, HttpServletRequest request) {
        return finish(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Không có tài nguyên này.", "No such resource.",
                List.of()), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ProblemDetail method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return finish(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "Tài nguyên này không hỗ trợ phương thức " + e.getMethod() + ".",
                "This resource does not support " + e.getMethod() + ".", List.of()), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String wanted = e.getSupportedMediaTypes().contains(MediaType.MULTIPART_FORM_DATA)
                ? MediaType.MULTIPART_FORM_DATA_VALUE : MediaType.APPLICATION_JSON_VALUE;
        return finish(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Hãy gửi " + wanted + ".", "Send " + wanted + ".", List.of()), request);
    }

    /** An upload over the configured limit ({@code spring.servlet.multipart.max-file-size} / {@code max-request-size}). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return finish(Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                "file-too-large", "Tệp gửi lên vượt quá giới hạn cho phép.", "The upload is over the allowed size.",
                List.of(new Problems.FieldError("file", "file-too-large", "Tệp gửi lên vượt quá giới hạn cho phép.",
                        "The upload is over the allowed size."))), request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    public ProblemDetail missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        String name = e.getRequestPartName();
        return finish(Problems.invalid(List.of(new Problems.FieldError(name, "required",
                "Thiếu phần bắt buộc '" + name + "' của biểu mẫu.",
                "The required form part '" + name + "' is missing."))), request);
    }

    /** A body announced as multipart that is not one (no boundary, cut short, malformed). */
    @ExceptionHandler(MultipartException.class)
    public ProblemDetail malformedMultipart(MultipartException e, HttpServletRequest request) {
        return finish(Problems.invalid(List.of(new Problems.FieldError(null, "malformed-multipart",
                "Nội dung không phải biểu mẫu multipart/form-data hợp lệ.",
                "The body is not a valid multipart/form-data form."))), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return finish(Problems.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Hãy chấp nhận application/json.",
                "Accept application/json.", List.of()), request);
    }

    @ExceptionHandler(Exception.class)
    public ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        // The exception's message may quote input (names, card numbers): log its type and the request id only.
        String correlationId = correlationId(request);
        log.error("Unexpected failure ({}) for request {}", e.getClass().getName(),
                correlationId == null ? request.getRequestURI() : correlationId);
        return finish(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Đã có lỗi ngoài dự kiến; hãy báo mã yêu cầu cho quản trị viên.",
                "An unexpected error occurred; give the request id to an administrator.", List.of()), request);
    }

    /**
     * The request's correlation id, which every problem document carries; null where the side keeps none.
     */
    protected String correlationId(HttpServletRequest request) {
        return null;
    }

    /** Names the request, adds its correlation id and puts the asked-for language in {@code title}/{@code detail}. */
    protected final ProblemDetail finish(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        String correlationId = correlationId(request);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        if (ProblemLanguage.prefersEnglish(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))) {
            ProblemLanguage.inEnglish(problem);
        }
        return problem;
    }

    private ProblemDetail missing(String name, HttpServletRequest request) {
        return finish(Problems.invalid(List.of(new Problems.FieldError(name, "required",
                "Thiếu tham số bắt buộc '" + name + "'.", "The required parameter '" + name + "' is missing."))),
                request);
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

    private static String leaf(String path) {
        return path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    }
}
