package vn.directives.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the service will not answer as asked, raised wherever that is found out (an endpoint,
 * a read model, a filter) and rendered once by {@link ProblemMapping}: the status, the rule's name
 * (the problem's type), the field, parameter or header at fault (null when none), both messages.
 */
public class RequestRefused extends RuntimeException {

    private final HttpStatus status;
    private final String rule;
    private final String field;
    private final String messageVi;
    private final String messageEn;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public RequestRefused(HttpStatus status, String rule, String field, String messageVi, String messageEn) {
        super(messageEn);
        this.status = status;
        this.rule = rule;
        this.field = field;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    /** 400: the field's or parameter's value breaks the rule. */
    public static RequestRefused invalid(String field, String rule, String messageVi, String messageEn) {
        return new RequestRefused(HttpStatus.BAD_REQUEST, rule, field, messageVi, messageEn);
    }

    /** 404: nothing with this id. */
    public static RequestRefused notFound(String messageVi, String messageEn) {
        return new RequestRefused(HttpStatus.NOT_FOUND, "not-found", null, messageVi, messageEn);
    }

    /** Adds a property the problem document carries beside the standard ones (e.g. the year at fault). */
    public RequestRefused with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }

    /** The problem document, titled after the status; the broken rule in {@code errors}. */
    public ProblemDetail toProblem() {
        List<Problems.FieldError> errors = List.of(new Problems.FieldError(field, rule, messageVi, messageEn));
        ProblemDetail problem = Problems.of(status, rule, messageVi, messageEn, errors);
        properties.forEach(problem::setProperty);
        return problem;
    }
}
