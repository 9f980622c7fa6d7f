package vn.directives.query.workspace.task;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The choices the forms' pickers offer, read from the query side's read models: directives and
 * their points, units and Steering Committee members active on a date, known enterprises.
 */
@Repository("taskFormPickers") // the workspace has its own "pickers" bean
class Pickers {

    /** One choice of a picker: the value sent and the text shown. */
    record Option(String value, String text) {
    }

    /**
     * Enterprises of the registry, those known from survey findings and those with a Party
     * organization recorded, each by the name the registry holds last, else the name a survey
     * recorded last, else the name the Party organization's record gives.
     */
    private static final String KNOWN_ENTERPRISES = """
            WITH registry AS (
                SELECT DISTINCT ON (tax_code) tax_code, name FROM query.enterprise_registry_entry
                 ORDER BY tax_code, effective_on DESC, sequence_number DESC
            ), finding AS (
                SELECT DISTINCT ON (tax_code) tax_code, enterprise_name AS name FROM query.enterprise_finding
                 ORDER BY tax_code, effective_on DESC, recorded_at DESC
            ), organized AS (
                SELECT DISTINCT ON (tax_code) tax_code, enterprise_name AS name
                  FROM query.enterprise_party_organization
                 ORDER BY tax_code, since DESC, recorded_at DESC
            ), known AS (
                SELECT coalesce(r.tax_code, f.tax_code, o.tax_code) AS tax_code,
                       coalesce(r.name, f.name, o.name, o.tax_code) AS name
                  FROM registry r FULL JOIN finding f ON f.tax_code = r.tax_code
                  FULL JOIN organized o ON o.tax_code = coalesce(r.tax_code, f.tax_code)
            )
            """;

    private final JdbcClient jdbc;

    Pickers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Option> directives() {
        return jdbc.sql("SELECT id, number, title FROM query.directive ORDER BY issued_on DESC, number")
                .query((row, n) -> new Option(row.getString("id"),
                        row.getString("number") + " — " + row.getString("title")))
                .list();
    }

    Optional<Option> directive(String id) {
        return directives().stream().filter(option -> option.value().equals(id)).findFirst();
    }

    /** The numbers of the directive's points, 1 to its count. */
    List<Option> points(String directiveId) {
        int count = jdbc.sql("SELECT coalesce(max(point_count), 0) FROM query.directive WHERE id = :id")
                .param("id", directiveId).query(Integer.class).single();
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(n -> new Option(String.valueOf(n), String.valueOf(n))).toList();
    }

    /** Units active on the date, by their name then. */
    List<Option> units(LocalDate on) {
        return jdbc.sql("""
                        SELECT u.unit_id,
                               (SELECT n.name FROM query.unit_name n WHERE n.unit_id = u.unit_id AND n.valid_from <= :on
                                 ORDER BY n.sequence_number DESC LIMIT 1) AS name
                          FROM query.unit u
                         WHERE u.active_from <= :on AND (u.ended_on IS NULL OR u.ended_on > :on)
                         ORDER BY name, u.unit_id""")
                .param("on", on)
                .query((row, n) -> new Option(row.getString("unit_id"),
                        row.getString("name") == null ? row.getString("unit_id") : row.getString("name")))
                .list();
    }

    /** Steering Committee members serving on the date. */
    List<Option> members(LocalDate on) {
        return jdbc.sql("""
                        SELECT member_id, display_name, post FROM query.steering_member
                         WHERE appointed_on <= :on AND (relieved_on IS NULL OR relieved_on > :on)
                         ORDER BY display_name, member_id""")
                .param("on", on)
                .query((row, n) -> new Option(row.getString("member_id"), memberText(row.getString("display_name"),
                        row.getString("post"), row.getString("member_id"))))
                .list();
    }

    /** Enterprises of the registry and those known from surveys, by tax code. */
    List<Option> enterprises() {
        return jdbc.sql(KNOWN_ENTERPRISES + "SELECT tax_code, name FROM known ORDER BY tax_code")
                .query((row, n) -> new Option(row.getString("tax_code"),
                        row.getString("name") + " (" + row.getString("tax_code") + ")"))
                .list();
    }

    /** The name the registry (else a survey) last recorded for the enterprise, or null if none is known. */
    String enterpriseName(String taxCode) {
        return jdbc.sql(KNOWN_ENTERPRISES + "SELECT name FROM known WHERE tax_code = :taxCode")
                .param("taxCode", taxCode).query(String.class).optional().orElse(null);
    }

    /** Training courses whose results are recorded (the awareness course is taken from them), newest first. */
    List<Option> trainingCourses() {
        return jdbc.sql("""
                        SELECT task_id, title, opened_on FROM query.task_board
                         WHERE kind = 'TRAINING_COURSE' AND step IN ('RESULTS_RECORDED', 'COURSE_CLOSED')
                         ORDER BY opened_on DESC, title""")
                .query((row, n) -> new Option(row.getString("task_id"), row.getString("title")))
                .list();
    }

    /** The Party organizations recorded for the enterprise, by their names. */
    List<Option> partyOrganizations(String taxCode) {
        return jdbc.sql("""
                        SELECT party_organization_id, organization_name FROM query.enterprise_party_organization
                         WHERE tax_code = :taxCode ORDER BY since DESC, organization_name""")
                .param("taxCode", taxCode)
                .query((row, n) -> new Option(row.getString("party_organization_id"),
                        row.getString("organization_name") == null ? row.getString("party_organization_id")
                                : row.getString("organization_name")))
                .list();
    }

    /**
     * The Party organizations not merged or dissolved, of enterprises other than {@code taxCode} (null:
     * of every enterprise), each by its name and its enterprise's, by name.
     */
    List<Option> openPartyOrganizationsBesides(String taxCode) {
        return jdbc.sql(KNOWN_ENTERPRISES + """
                        SELECT o.party_organization_id, o.organization_name, coalesce(k.name, o.enterprise_name) AS enterprise
                          FROM query.enterprise_party_organization o
                          LEFT JOIN known k ON k.tax_code = o.tax_code
                         WHERE o.closed_on IS NULL AND (CAST(:taxCode AS TEXT) IS NULL OR o.tax_code <> :taxCode)
                         ORDER BY o.organization_name, enterprise, o.party_organization_id""")
                .param("taxCode", taxCode)
                .query((row, n) -> {
                    String name = row.getString("organization_name") == null ? row.getString("party_organization_id")
                            : row.getString("organization_name");
                    String enterprise = row.getString("enterprise");
                    return new Option(row.getString("party_organization_id"),
                            enterprise == null || name.contains(enterprise) ? name : name + " — " + enterprise);
                })
                .list();
    }

    private static String memberText(String name, String post, String id) {
        String shown = name == null || name.isBlank() ? id : name;
        return post == null || post.isBlank() ? shown : shown + " — " + post;
    }
}
