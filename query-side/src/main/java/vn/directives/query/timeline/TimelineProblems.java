package vn.directives.query.timeline;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The timeline's refusals, as exceptions that carry their RFC 9457 body (Vietnamese title and
 * detail, English beside them, the parameter named in {@code errors}) for the query side's one
 * exception mapping to answer with.
 */
final class TimelineProblems {

    private TimelineProblems() {
    }

    static ResponseStatusException invalidParameter(String parameter, String vietnamese, String english) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Dữ liệu không hợp lệ", "Invalid input",
                vietnamese, english, List.of(Map.of("field", parameter, "rule", "invalid-parameter",
                        "message", vietnamese, "message_en", english)));
    }

    static ResponseStatusException unknownTask() {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", "Not found",
                "Không có nhiệm vụ nào với mã này.", "No task with this id exists here.", List.of());
    }

    private static ResponseStatusException problem(HttpStatus status, String type, String titleVi, String titleEn,
                                                    String detailVi, String detailEn,
                                                    List<Map<String, String>> errors) {
        ResponseStatusException exception = new ResponseStatusException(status, detailEn);
        ProblemDetail body = exception.getBody();
        body.setType(URI.create("urn:directives:problem:" + type));
        body.setTitle(titleVi);
        body.setDetail(detailVi);
        body.setProperty("title_en", titleEn);
        body.setProperty("detail_en", detailEn);
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return exception;
    }
}
