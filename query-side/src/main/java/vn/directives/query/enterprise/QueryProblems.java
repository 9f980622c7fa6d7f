package vn.directives.query.enterprise;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Refusals of this package's endpoints as problem documents (RFC 9457): Vietnamese title and
 * detail, English beside them, and the parameter at fault. Whoever renders problem documents for
 * the query side shows the body as built here.
 */
final class QueryProblems {

    private QueryProblems() {
    }

    static ResponseStatusException badParameter(String parameter, String detail, String detailEn) {
        ResponseStatusException problem = problem(HttpStatus.BAD_REQUEST, "Tham số không hợp lệ",
                "Invalid parameter", detail, detailEn);
        problem.getBody().setProperty("parameter", parameter);
        return problem;
    }

    static ResponseStatusException notFound(String detail, String detailEn) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", "Not found", detail, detailEn);
    }

    private static ResponseStatusException problem(HttpStatus status, String title, String titleEn, String detail,
                                                   String detailEn) {
        ResponseStatusException problem = new ResponseStatusException(status, detailEn);
        problem.getBody().setTitle(title);
        problem.getBody().setDetail(detail);
        problem.getBody().setProperty("title_en", titleEn);
        problem.getBody().setProperty("detail_en", detailEn);
        return problem;
    }
}
