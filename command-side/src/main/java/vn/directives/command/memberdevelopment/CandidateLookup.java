package vn.directives.command.memberdevelopment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.directives.events.trainingcourse.CourseKind;
import vn.directives.events.trainingcourse.ParticipantResult;
import vn.directives.events.trainingcourse.ParticipantResultsRecorded;
import vn.directives.events.trainingcourse.TrainingCoursePlanned;

import java.util.Optional;

/**
 * {@code command.training_course_kind} and {@code command.training_course_result}: the kind of each
 * training course and each participant's latest result, so that a candidate's awareness course is
 * checked against what the course recorded. Written by the subscribing processor in the transaction
 * of the course's command; courses recorded before these tables were filled in by their migration.
 * Enterprises are read from the registry's and the Party organizations' lookups.
 */
@Component
@ProcessingGroup(CandidateLookup.PROCESSING_GROUP)
class CandidateLookup implements CandidateFacts {

    /** Runs subscribing ({@code axon.eventhandling.processors.member-development-lookup.mode}). */
    static final String PROCESSING_GROUP = "member-development-lookup";

    private final JdbcTemplate jdbc;

    CandidateLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isEnterpriseKnown(String taxCode) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM command.enterprise WHERE tax_code = ?)
                    OR EXISTS (SELECT 1 FROM command.party_organization_enterprise WHERE enterprise_tax_code = ?)""",
                Boolean.class, taxCode, taxCode));
    }

    @Override
    public Optional<CourseKind> courseKind(String trainingCourseId) {
        return jdbc.query("SELECT course_kind FROM command.training_course_kind WHERE task_id = ?",
                (rs, row) -> CourseKind.valueOf(rs.getString(1)), trainingCourseId).stream().findFirst();
    }

    @Override
    public Optional<CourseResult> result(String trainingCourseId, String participantRef) {
        return jdbc.query("""
                        SELECT passed, recorded_on FROM command.training_course_result
                         WHERE task_id = ? AND participant_ref = ?""",
                (rs, row) -> new CourseResult(rs.getBoolean(1), rs.getObject(2, java.time.LocalDate.class)),
                trainingCourseId, participantRef).stream().findFirst();
    }

    @EventHandler
    void on(TrainingCoursePlanned event) {
        jdbc.update("""
                INSERT INTO command.training_course_kind (task_id, course_kind) VALUES (?, ?)
                ON CONFLICT (task_id) DO NOTHING""", event.taskId(), event.courseKind().name());
    }

    /** A later record for the same participant replaces the earlier one, as in the course itself. */
    @EventHandler
    void on(ParticipantResultsRecorded event) {
        for (ParticipantResult result : event.results()) {
            jdbc.update("""
                    INSERT INTO command.training_course_result (task_id, participant_ref, passed, recorded_on)
                    VALUES (?, ?, ?, ?)
                    ON CONFLICT (task_id, participant_ref)
                    DO UPDATE SET passed = EXCLUDED.passed, recorded_on = EXCLUDED.recorded_on""",
                    event.taskId(), result.participantRef(), result.passed(), event.effectiveOn());
        }
    }
}
