package vn.directives.query.memberdevelopment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.events.memberdevelopment.CandidateCategory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code query.candidate} for the API and the workspace: one way to list, one way to label. */
@Component
public class CandidateListing {

    /** The statuses a list filters by. */
    public enum Status { CANDIDATE, PROBATIONARY, OFFICIAL, DROPPED }

    /**
     * What to list; any part null: no criterion. {@code recognitionDueBy}: only probationary members
     * whose twelve months end on or before that date (overdue ones included).
     */
    public record Filter(String enterprise, List<Status> statuses, CandidateCategory category,
                         LocalDate recognitionDueBy) {
    }

    private static final String SELECT = """
            SELECT c.*, COALESCE(
                       (SELECT e.name FROM query.enterprise_registry_entry e WHERE e.tax_code = c.enterprise_tax_code
                         ORDER BY e.sequence_number DESC LIMIT 1),
                       (SELECT p.enterprise_name FROM query.enterprise_party_organization p
                         WHERE p.tax_code = c.enterprise_tax_code LIMIT 1)) AS enterprise_name
              FROM query.candidate c""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    CandidateListing(JdbcClient jdbc, @Value("${directives.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** The candidates the filter selects, the one whose recognition is due first first. */
    public List<CandidateView> list(Filter filter) {
        LocalDate today = LocalDate.now(zone);
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (filter.enterprise() != null) {
            where.append(" AND c.enterprise_tax_code = :enterprise");
            params.put("enterprise", filter.enterprise());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" AND c.status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.category() != null) {
            where.append(" AND c.category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.recognitionDueBy() != null) {
            where.append(" AND c.status = 'PROBATIONARY' AND c.recognition_due_on <= :dueBy");
            params.put("dueBy", filter.recognitionDueBy());
        }
        return jdbc.sql(SELECT + where + "\n" + """
                         ORDER BY c.recognition_due_on NULLS LAST, c.enterprise_tax_code, c.registered_on,
                                  c.candidate_ref""")
                .params(params)
                .query((rs, row) -> view(rs, today))
                .list();
    }

    public Optional<CandidateView> one(String candidateRef) {
        LocalDate today = LocalDate.now(zone);
        return jdbc.sql(SELECT + " WHERE c.candidate_ref = :ref")
                .param("ref", candidateRef)
                .query((rs, row) -> view(rs, today))
                .optional();
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
