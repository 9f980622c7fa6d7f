package vn.directives.query.infrastructure.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal a read model or an endpoint raises, answered as a problem document with its
 * Vietnamese and English messages; {@code parameter} names the query parameter or header at fault.
 */
public class QueryProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String parameter;
    private final String messageVi;
    private final String messageEn;

    public QueryProblem(HttpStatus status, String type, String parameter, String messageVi, String messageEn) {
        super(messageEn);
        this.status = status;
        this.type = type;
        this.parameter = parameter;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    /** 400: the parameter's value breaks the rule. */
    public static QueryProblem invalidParameter(String parameter, String rule, String messageVi, String messageEn) {
        return new QueryProblem(HttpStatus.BAD_REQUEST, rule, parameter, messageVi, messageEn);
    }

    /** 404: nothing with this id. */
    public static QueryProblem notFound(String messageVi, String messageEn) {
        return new QueryProblem(HttpStatus.NOT_FOUND, "not-found", null, messageVi, messageEn);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String parameter() {
        return parameter;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }
}
