package vn.directives.query.memberdevelopment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.events.memberdevelopment.AwarenessCoursePassed;
import vn.directives.events.memberdevelopment.CandidateAdmitted;
import vn.directives.events.memberdevelopment.CandidateDropped;
import vn.directives.events.memberdevelopment.CandidateRegistered;
import vn.directives.events.memberdevelopment.MemberRecognizedOfficial;
import vn.directives.query.infrastructure.BatchedWrites;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code query.candidate}: each candidate's steps. In the enterprise picture's processing group, so
 * that the lists never run ahead of or behind the enterprises they name. A step updates the row only
 * if it is newer than the last one applied, so replaying an event changes nothing.
 */
@Component
@ProcessingGroup("enterprise-picture")
class CandidateProjection {

    /** Probation lasts twelve months from admission (Party Charter, art. 5). */
    static final int PROBATION_MONTHS = 12;

    private final JdbcClient jdbc;
    private final BatchedWrites writes;

    CandidateProjection(JdbcClient jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(CandidateRegistered event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        writes.sql("""
                        INSERT INTO query.candidate (candidate_ref, enterprise_tax_code, category, status,
                               registered_on, last_sequence, recorded_at)
                        VALUES (:ref, :taxCode, :category, 'CANDIDATE', :on, :sequence, :recordedAt)
                        ON CONFLICT (candidate_ref) DO NOTHING""")
                .param("ref", event.candidateRef())
                .param("taxCode", event.enterpriseTaxCode())
                .param("category", event.category().name())
                .param("on", event.effectiveOn())
                .param("sequence", sequence)
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .queue("candidate", event.candidateRef());
    }

    @EventHandler
    void on(AwarenessCoursePassed event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        step(event.candidateRef(), sequence, recordedAt,
                "training_course_id = :course, course_passed_on = :on",
                Map.of("course", event.trainingCourseId(), "on", event.effectiveOn()));
    }

    @EventHandler
    void on(CandidateAdmitted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        Map<String, Object> values = new HashMap<>();
        values.put("organization", event.partyOrganizationId());
        values.put("waiver", event.courseWaiverReason());
        values.put("on", event.effectiveOn());
        values.put("due", event.effectiveOn().plusMonths(PROBATION_MONTHS));
        step(event.candidateRef(), sequence, recordedAt, """
                status = 'PROBATIONARY', party_organization_id = :organization, course_waiver_reason = :waiver,
                admitted_on = :on, recognition_due_on = :due""", values);
    }

    @EventHandler
    void on(MemberRecognizedOfficial event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        step(event.candidateRef(), sequence, recordedAt, "status = 'OFFICIAL', recognized_on = :on",
                Map.of("on", event.effectiveOn()));
    }

    @EventHandler
    void on(CandidateDropped event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        step(event.candidateRef(), sequence, recordedAt, "status = 'DROPPED', dropped_on = :on, drop_reason = :reason",
                Map.of("on", event.effectiveOn(), "reason", event.reason()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE query.candidate").update();
    }

    private void step(String ref, long sequence, Instant recordedAt, String assignments, Map<String, ?> values) {
        writes.sql("UPDATE query.candidate SET " + assignments + """
                        , last_sequence = :sequence, recorded_at = :recordedAt
                         WHERE candidate_ref = :ref AND last_sequence < :sequence""")
                .params(values)
                .param("ref", ref)
                .param("sequence", sequence)
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .queue("candidate", ref);
    }
}
