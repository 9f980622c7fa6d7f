package vn.directives.query.workspace.enterprises;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * The names a candidate's page shows instead of ids: the training course by its title, the
 * admitting Party organization by its name.
 */
@Repository
class CandidateNames {

    private final JdbcClient jdbc;

    CandidateNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String trainingCourseTitle(String taskId) {
        return taskId == null ? null : jdbc.sql("SELECT title FROM query.task_board WHERE task_id = :id")
                .param("id", taskId).query(String.class).optional().orElse(null);
    }

    String partyOrganizationName(String organizationId) {
        return organizationId == null ? null : jdbc.sql("""
                        SELECT organization_name FROM query.enterprise_party_organization
                         WHERE party_organization_id = :id""")
                .param("id", organizationId).query(String.class).optional().orElse(null);
    }

    /** The Party organizations recorded for the enterprise: one is the admitting one, chosen beforehand. */
    List<String> partyOrganizationIds(String taxCode) {
        return jdbc.sql("SELECT party_organization_id FROM query.enterprise_party_organization WHERE tax_code = :t")
                .param("t", taxCode).query(String.class).list();
    }
}
