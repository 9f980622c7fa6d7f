package vn.directives.query.steering;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.infrastructure.BatchedWrites;
import vn.directives.events.steering.Responsibilities;
import vn.directives.events.steering.SteeringMemberAppointed;
import vn.directives.events.steering.SteeringMemberRelieved;
import vn.directives.events.steering.SteeringMemberResponsibilitiesChanged;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Keeps the Steering Committee's members with the days they served and every set of
 * responsibilities with the days it held. Sets are keyed by the sequence number of the event that
 * gave them, and a change touches only what came before it in the member's stream: an event
 * applied twice changes nothing. The display name and e-mail are stored for reading, never logged.
 */
@Component
@ProcessingGroup(SteeringCommitteeProjection.GROUP)
class SteeringCommitteeProjection {

    static final String GROUP = "steering-committee";

    private final JdbcClient jdbc;
    private final BatchedWrites writes;

    SteeringCommitteeProjection(JdbcClient jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(SteeringMemberAppointed event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        writes.sql("""
                        INSERT INTO query.steering_member (member_id, display_name, email, post, appointed_on,
                               appointed_at, last_sequence)
                        VALUES (:memberId, :displayName, :email, :post, :appointedOn, :recordedAt, :sequence)
                        ON CONFLICT (member_id) DO NOTHING""")
                .param("memberId", event.memberId())
                .param("displayName", event.contact() == null ? null : event.contact().displayName())
                .param("email", event.contact() == null ? null : event.contact().email())
                .param("post", event.post())
                .param("appointedOn", event.effectiveOn())
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .param("sequence", sequence)
                .queue("steering-member", event.memberId());
        addResponsibilities(event.memberId(), sequence, event.responsibilities(), event.effectiveOn());
    }

    @EventHandler
    void on(SteeringMemberResponsibilitiesChanged event, @SequenceNumber long sequence) {
        closeResponsibilities(event.memberId(), sequence, event.effectiveOn());
        addResponsibilities(event.memberId(), sequence, event.responsibilities(), event.effectiveOn());
        writes.sql("""
                        UPDATE query.steering_member SET last_sequence = :sequence
                         WHERE member_id = :memberId AND last_sequence < :sequence""")
                .param("memberId", event.memberId())
                .param("sequence", sequence)
                .queue("steering-member", event.memberId());
    }

    @EventHandler
    void on(SteeringMemberRelieved event, @SequenceNumber long sequence) {
        writes.sql("""
                        UPDATE query.steering_member SET relieved_on = :relievedOn, last_sequence = :sequence
                         WHERE member_id = :memberId AND last_sequence < :sequence""")
                .param("memberId", event.memberId())
                .param("relievedOn", event.effectiveOn())
                .param("sequence", sequence)
                .queue("steering-member", event.memberId());
        closeResponsibilities(event.memberId(), sequence, event.effectiveOn());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE query.steering_member_responsibilities, query.steering_member").update();
    }

    private void addResponsibilities(String memberId, long sequence, Responsibilities responsibilities,
                                     LocalDate from) {
        Responsibilities given = responsibilities == null ? new Responsibilities(null, null) : responsibilities;
        writes.sql("""
                        INSERT INTO query.steering_member_responsibilities (member_id, sequence_number, unit_ids,
                               areas, valid_from)
                        VALUES (:memberId, :sequence, :unitIds, :areas, :from)
                        ON CONFLICT (member_id, sequence_number) DO NOTHING""")
                .param("memberId", memberId)
                .param("sequence", sequence)
                .param("unitIds", given.unitIds().toArray(String[]::new))
                .param("areas", given.areas().toArray(String[]::new))
                .param("from", from)
                .queue("steering-member", memberId);
    }

    /** Ends the set in force before the event; a set the event itself gave stays open. */
    private void closeResponsibilities(String memberId, long sequence, LocalDate until) {
        writes.sql("""
                        UPDATE query.steering_member_responsibilities SET valid_until = :until
                         WHERE member_id = :memberId AND sequence_number < :sequence AND valid_until IS NULL""")
                .param("memberId", memberId)
                .param("sequence", sequence)
                .param("until", until)
                .queue("steering-member", memberId);
    }
}
