package vn.directives.query.unit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.infrastructure.BatchedWrites;
import vn.directives.events.unit.UnitDissolved;
import vn.directives.events.unit.UnitMerged;
import vn.directives.events.unit.UnitRegistered;
import vn.directives.events.unit.UnitRenamed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;

/**
 * Keeps every unit with the days it was active, how it ended (the units succeeding a dissolved
 * one, when named), and every name it bore with the
 * days the name held, so that a unit can be shown as it was at any date. Names are keyed by the
 * sequence number of the event that gave them, and a change touches only what came before it in
 * the unit's stream: an event applied twice changes nothing.
 */
@Component
@ProcessingGroup(UnitHistoryProjection.GROUP)
class UnitHistoryProjection {

    static final String GROUP = "units-in-time";

    private final JdbcClient jdbc;
    private final BatchedWrites writes;

    UnitHistoryProjection(JdbcClient jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(UnitRegistered event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        writes.sql("""
                        INSERT INTO query.unit (unit_id, kind, parent_unit_id, active_from, registered_at, last_sequence)
                        VALUES (:unitId, :kind, :parentUnitId, :from, :recordedAt, :sequence)
                        ON CONFLICT (unit_id) DO NOTHING""")
                .param("unitId", event.unitId())
                .param("kind", event.kind() == null ? null : event.kind().name())
                .param("parentUnitId", event.parentUnitId())
                .param("from", event.effectiveOn())
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .param("sequence", sequence)
                .queue("unit", event.unitId());
        addName(event.unitId(), sequence, event.name(), event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(UnitRenamed event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        closeNames(event.unitId(), sequence, event.effectiveOn());
        addName(event.unitId(), sequence, event.newName(), event.effectiveOn(), recordedAt);
        advance(event.unitId(), sequence);
    }

    @EventHandler
    void on(UnitMerged event, @SequenceNumber long sequence) {
        writes.sql("""
                        UPDATE query.unit
                           SET ended_on = :on, ending = 'MERGED', merged_into_unit_id = :into, last_sequence = :sequence
                         WHERE unit_id = :unitId AND last_sequence < :sequence""")
                .param("unitId", event.unitId())
                .param("on", event.effectiveOn())
                .param("into", event.intoUnitId())
                .param("sequence", sequence)
                .queue("unit", event.unitId());
        closeNames(event.unitId(), sequence, event.effectiveOn());
    }

    @EventHandler
    void on(UnitDissolved event, @SequenceNumber long sequence) {
        writes.sql("""
                        UPDATE query.unit
                           SET ended_on = :on, ending = 'DISSOLVED', dissolution_reason = :reason,
                               last_sequence = :sequence
                         WHERE unit_id = :unitId AND last_sequence < :sequence""")
                .param("unitId", event.unitId())
                .param("on", event.effectiveOn())
                .param("reason", event.reason())
                .param("sequence", sequence)
                .queue("unit", event.unitId());
        for (int position = 0; position < event.successorUnitIds().size(); position++) {
            writes.sql("""
                            INSERT INTO query.unit_successor (unit_id, position, successor_unit_id)
                            VALUES (:unitId, :position, :successor)
                            ON CONFLICT (unit_id, position) DO NOTHING""")
                    .param("unitId", event.unitId())
                    .param("position", position)
                    .param("successor", event.successorUnitIds().get(position))
                    .queue("unit", event.unitId());
        }
        closeNames(event.unitId(), sequence, event.effectiveOn());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE query.unit_name, query.unit, query.unit_successor").update();
    }

    private void addName(String unitId, long sequence, String name, LocalDate from, Instant recordedAt) {
        writes.sql("""
                        INSERT INTO query.unit_name (unit_id, sequence_number, name, valid_from, recorded_at)
                        VALUES (:unitId, :sequence, :name, :from, :recordedAt)
                        ON CONFLICT (unit_id, sequence_number) DO NOTHING""")
                .param("unitId", unitId)
                .param("sequence", sequence)
                .param("name", name)
                .param("from", from)
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .queue("unit", unitId);
    }

    /** Ends the name in force before the event; a name the event itself gave stays open. */
    private void closeNames(String unitId, long sequence, LocalDate until) {
        writes.sql("""
                        UPDATE query.unit_name SET valid_until = :until
                         WHERE unit_id = :unitId AND sequence_number < :sequence AND valid_until IS NULL""")
                .param("unitId", unitId)
                .param("sequence", sequence)
                .param("until", until)
                .queue("unit", unitId);
    }

    private void advance(String unitId, long sequence) {
        writes.sql("UPDATE query.unit SET last_sequence = :sequence WHERE unit_id = :unitId AND last_sequence < :sequence")
                .param("unitId", unitId)
                .param("sequence", sequence)
                .queue("unit", unitId);
    }
}
