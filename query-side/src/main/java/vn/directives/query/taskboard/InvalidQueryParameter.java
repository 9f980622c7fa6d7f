package vn.directives.query.taskboard;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A query parameter that cannot be used, answered with 400. The body is already the problem
 * document users read: Vietnamese title and detail, English beside them, and the parameter named
 * in {@code errors}, so whatever maps exceptions to responses can return {@link #getBody()} as is.
 */
public class InvalidQueryParameter extends ResponseStatusException {

    private final String parameter;

    public InvalidQueryParameter(String parameter, String rule, String detail, String detailEn) {
        super(HttpStatus.BAD_REQUEST, detailEn);
        this.parameter = parameter;
        getBody().setType(URI.create("urn:directives:problem:invalid-parameter"));
        getBody().setTitle("Tham số không hợp lệ");
        getBody().setDetail(detail);
        getBody().setProperty("title_en", "Invalid parameter");
        getBody().setProperty("detail_en", detailEn);
        getBody().setProperty("errors", List.of(Map.of("field", parameter, "rule", rule,
                "message", detail, "message_en", detailEn)));
    }

    /** The name of the query parameter at fault. */
    public String parameter() {
        return parameter;
    }
}
