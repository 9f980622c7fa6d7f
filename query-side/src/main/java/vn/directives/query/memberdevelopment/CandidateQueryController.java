package vn.directives.query.memberdevelopment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.platform.web.RequestRefused;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidates and members by enterprise, status and category, and the probationary members whose
 * recognition as official is due by a date (sắp đến hạn công nhận chính thức). Persons appear by
 * their pseudonymous reference only.
 */
@RestController
class CandidateQueryController {

    /** The statuses a list filters by. */
    enum Status { CANDIDATE, PROBATIONARY, OFFICIAL, DROPPED }

    private static final String SELECT = """
            SELECT c.*, COALESCE(
                       (SELECT e.name FROM query.enterprise_registry_entry e WHERE e.tax_code = c.enterprise_tax_code
                         ORDER BY e.sequence_number DESC LIMIT 1),
                       (SELECT p.enterprise_name FROM query.enterprise_party_organization p
                         WHERE p.tax_code = c.enterprise_tax_code LIMIT 1)) AS enterprise_name
              FROM query.candidate c""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    CandidateQueryController(JdbcClient jdbc, @Value("${directives.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /**
     * {@code recognitionDueBy}: only probationary members whose twelve months end on or before that
     * date (overdue ones included), soonest first.
     */
    @GetMapping("/api/candidates")
    List<CandidateView> list(@RequestParam(required = false) String enterprise,
                             @RequestParam(required = false) Status status,
                             @RequestParam(required = false) CandidateCategory category,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate recognitionDueBy) {
        LocalDate today = LocalDate.now(zone);
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (enterprise != null) {
            where.append(" AND c.enterprise_tax_code = :enterprise");
            params.put("enterprise", enterprise);
        }
        if (status != null) {
            where.append(" AND c.status = :status");
            params.put("status", status.name());
        }
        if (category != null) {
            where.append(" AND c.category = :category");
            params.put("category", category.name());
        }
        if (recognitionDueBy != null) {
            where.append(" AND c.status = 'PROBATIONARY' AND c.recognition_due_on <= :dueBy");
            params.put("dueBy", recognitionDueBy);
        }
        return jdbc.sql(SELECT + where + """
                         ORDER BY c.recognition_due_on NULLS LAST, c.enterprise_tax_code, c.registered_on,
                                  c.candidate_ref""")
                .params(params)
                .query((rs, row) -> view(rs, today))
                .list();
    }

    @GetMapping("/api/candidates/{candidateRef}")
    CandidateView one(@PathVariable String candidateRef) {
        LocalDate today = LocalDate.now(zone);
        return jdbc.sql(SELECT + " WHERE c.candidate_ref = :ref")
                .param("ref", candidateRef)
                .query((rs, row) -> view(rs, today))
                .optional()
                .orElseThrow(() -> RequestRefused.notFound("Không có quần chúng hay đảng viên mã " + candidateRef + ".",
                        "No candidate or member has reference " + candidateRef + "."));
    }

    private static CandidateView view(ResultSet rs, LocalDate today) throws SQLException {
        String status = rs.getString("status");
        LocalDate coursePassedOn = rs.getObject("course_passed_on", LocalDate.class);
        LocalDate due = rs.getObject("recognition_due_on", LocalDate.class);
        return new CandidateView(rs.getString("candidate_ref"), rs.getString("enterprise_tax_code"),
                rs.getString("enterprise_name"), CandidateLabels.category(rs.getString("category")),
                CandidateLabels.status(status), rs.getObject("registered_on", LocalDate.class),
                rs.getString("training_course_id"), coursePassedOn, rs.getString("course_waiver_reason"),
                rs.getString("party_organization_id"), rs.getObject("admitted_on", LocalDate.class), due,
                rs.getObject("recognized_on", LocalDate.class), rs.getObject("dropped_on", LocalDate.class),
                rs.getString("drop_reason"), CandidateLabels.nextStep(status, coursePassedOn, due, today));
    }
}
