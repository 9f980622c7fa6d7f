package vn.directives.command.unit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.command.common.UnitDirectory;
import vn.directives.command.common.UnitHierarchy;
import vn.directives.events.unit.UnitDissolved;
import vn.directives.events.unit.UnitMerged;
import vn.directives.events.unit.UnitRegistered;
import vn.directives.events.unit.UnitKind;
import vn.directives.events.unit.UnitRenamed;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The units as the command side's rules see them, by effective date: when each unit was active,
 * and every name it bore with the days it held (so that a 2023 task of Thành ủy Sông Công keeps
 * that name after the unit is dissolved). Updated in the transaction of the command whose events
 * it follows (a subscribing processor), so that it never lags behind them. Safe to apply twice.
 */
@Component
@ProcessingGroup(UnitLookup.GROUP)
class UnitLookup implements UnitDirectory, UnitHierarchy {

    static final String GROUP = "unit-lookup";

    private final JdbcClient jdbc;

    UnitLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active from the day it was registered as existing until the day it was merged or dissolved. */
    @Override
    public boolean isActive(String unitId, LocalDate on) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM command.unit
                                        WHERE unit_id = :unitId AND active_from <= :on
                                          AND (active_until IS NULL OR active_until > :on))""")
                .param("unitId", unitId)
                .param("on", on)
                .query(Boolean.class)
                .single();
    }

    /** Registered under the upper unit through its parents, or of a lower level by kind ({@link UnitLevels}). */
    @Override
    public boolean isBelow(String unitId, String upperUnitId) {
        boolean registeredUnder = jdbc.sql("""
                        WITH RECURSIVE up (unit_id, depth) AS (
                            SELECT parent_unit_id, 1 FROM command.unit WHERE unit_id = :unitId
                            UNION ALL
                            SELECT u.parent_unit_id, up.depth + 1 FROM command.unit u JOIN up ON u.unit_id = up.unit_id
                             WHERE up.depth < 20)
                        SELECT EXISTS (SELECT 1 FROM up WHERE unit_id = :upperUnitId)""")
                .param("unitId", unitId)
                .param("upperUnitId", upperUnitId)
                .query(Boolean.class)
                .single();
        return registeredUnder || kindOf(unitId).flatMap(kind -> kindOf(upperUnitId)
                .map(upperKind -> UnitLevels.isLowerKind(kind, upperKind))).orElse(false);
    }

    private Optional<UnitKind> kindOf(String unitId) {
        return jdbc.sql("SELECT kind FROM command.unit WHERE unit_id = :unitId")
                .param("unitId", unitId)
                .query(String.class)
                .optional()
                .map(UnitKind::valueOf);
    }

    @EventHandler
    void on(UnitRegistered event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO command.unit (unit_id, kind, parent_unit_id, active_from)
                        VALUES (:unitId, :kind, :parentUnitId, :on)
                        ON CONFLICT (unit_id) DO NOTHING""")
                .param("unitId", event.unitId())
                .param("kind", event.kind().name())
                .param("parentUnitId", event.parentUnitId())
                .param("on", event.effectiveOn())
                .update();
        addName(event.unitId(), sequence, event.name(), event.effectiveOn());
    }

    @EventHandler
    void on(UnitRenamed event, @SequenceNumber long sequence) {
        closeNames(event.unitId(), sequence, event.effectiveOn());
        addName(event.unitId(), sequence, event.newName(), event.effectiveOn());
    }

    @EventHandler
    void on(UnitMerged event, @SequenceNumber long sequence) {
        end(event.unitId(), event.intoUnitId(), event.effectiveOn());
        closeNames(event.unitId(), sequence, event.effectiveOn());
    }

    @EventHandler
    void on(UnitDissolved event, @SequenceNumber long sequence) {
        end(event.unitId(), null, event.effectiveOn());
        closeNames(event.unitId(), sequence, event.effectiveOn());
    }

    private void addName(String unitId, long sequence, String name, LocalDate from) {
        jdbc.sql("""
                        INSERT INTO command.unit_name (unit_id, sequence_number, name, valid_from)
                        VALUES (:unitId, :sequence, :name, :from)
                        ON CONFLICT (unit_id, sequence_number) DO NOTHING""")
                .param("unitId", unitId)
                .param("sequence", sequence)
                .param("name", name)
                .param("from", from)
                .update();
    }

    /** Ends the name in force before the event; names the event itself added stay open. */
    private void closeNames(String unitId, long sequence, LocalDate until) {
        jdbc.sql("""
                        UPDATE command.unit_name SET valid_until = :until
                         WHERE unit_id = :unitId AND sequence_number < :sequence AND valid_until IS NULL""")
                .param("unitId", unitId)
                .param("sequence", sequence)
                .param("until", until)
                .update();
    }

    private void end(String unitId, String mergedIntoUnitId, LocalDate on) {
        jdbc.sql("""
                        UPDATE command.unit SET active_until = :on, merged_into_unit_id = :into
                         WHERE unit_id = :unitId""")
                .param("unitId", unitId)
                .param("into", mergedIntoUnitId)
                .param("on", on)
                .update();
    }
}
