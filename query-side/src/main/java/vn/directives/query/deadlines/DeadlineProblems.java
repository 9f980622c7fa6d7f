package vn.directives.query.deadlines;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The refusals of the deadline endpoints, as exceptions whose problem body already carries the
 * Vietnamese {@code title}/{@code detail} and their English {@code title_en}/{@code detail_en}, for
 * the query side's problem mapping to render.
 */
final class DeadlineProblems {

    private DeadlineProblems() {
    }

    /** 409: a question reaches a year for which no working-day calendar was adopted. */
    static ResponseStatusException calendarYearNotAdopted(int year) {
        ResponseStatusException problem = problem(HttpStatus.CONFLICT,
                "Chưa có lịch ngày làm việc của năm " + year,
                "No working-day calendar for year " + year,
                "Năm " + year + " chưa có lịch ngày làm việc (ngày nghỉ lễ, nghỉ bù, làm bù) nên không thể đếm"
                        + " ngày làm việc; hãy bổ sung năm này vào bảng ngày nghỉ của hệ thống.",
                "Year " + year + " has no adopted working-day calendar (holidays, compensatory days, worked"
                        + " weekend days), so working days cannot be counted; add the year to the holiday table.");
        problem.getBody().setProperty("year", year);
        return problem;
    }

    /** 400: a request parameter out of its range, named. */
    static ResponseStatusException badParameter(String parameter, String detailVi, String detailEn) {
        ResponseStatusException problem = problem(HttpStatus.BAD_REQUEST,
                "Tham số không hợp lệ: " + parameter, "Invalid parameter: " + parameter, detailVi, detailEn);
        problem.getBody().setProperty("parameter", parameter);
        return problem;
    }

    private static ResponseStatusException problem(HttpStatus status, String titleVi, String titleEn,
                                                   String detailVi, String detailEn) {
        ResponseStatusException problem = new ResponseStatusException(status, detailVi + " / " + detailEn);
        problem.getBody().setTitle(titleVi);
        problem.getBody().setDetail(detailVi);
        problem.getBody().setProperty("title_en", titleEn);
        problem.getBody().setProperty("detail_en", detailEn);
        return problem;
    }
}
