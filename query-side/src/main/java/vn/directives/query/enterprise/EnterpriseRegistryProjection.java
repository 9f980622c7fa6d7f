package vn.directives.query.enterprise;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.infrastructure.BatchedWrites;
import vn.directives.events.enterprise.EnterpriseCeased;
import vn.directives.events.enterprise.EnterpriseChanged;
import vn.directives.events.enterprise.EnterpriseProfile;
import vn.directives.events.enterprise.EnterpriseRegistered;
import vn.directives.events.enterprise.SocioPoliticalOrganizationDissolved;
import vn.directives.events.enterprise.SocioPoliticalOrganizationFounded;
import vn.directives.events.enterprise.SocioPoliticalOrganizationMembersChanged;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Keeps the registry's facts of every enterprise, one row per event with the whole profile, and
 * every change of its socio-political organizations, beside
 * the rest of the enterprise picture (same processing group: the picture never reads a registry
 * ahead of or behind the facts it is judged with).
 */
@Component
@ProcessingGroup(EnterprisePictureProjection.GROUP)
class EnterpriseRegistryProjection {

    private final JdbcClient jdbc;
    private final BatchedWrites writes;

    EnterpriseRegistryProjection(JdbcClient jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(EnterpriseRegistered event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        write(event.taxCode(), sequence, "REGISTERED", event.profile(), event.importJobId(), event.effectiveOn(),
                recordedAt, event.registeredBy());
    }

    @EventHandler
    void on(EnterpriseChanged event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        write(event.taxCode(), sequence, "CHANGED", event.profile(), event.importJobId(), event.effectiveOn(),
                recordedAt, event.changedBy());
    }

    /** The profile in force before stays readable on the ceased row: the registry still names the enterprise. */
    @EventHandler
    void on(EnterpriseCeased event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        writes.sql("""
                        INSERT INTO query.enterprise_registry_entry (tax_code, sequence_number, change, name, address,
                               commune_unit_id, zone, ownership, workers, status, ceased, ceased_reason,
                               effective_on, recorded_at, recorded_by)
                        SELECT :taxCode, :sequence, 'CEASED', name, address, commune_unit_id, zone, ownership,
                               workers, status, true, :reason, :effectiveOn, :recordedAt, :recordedBy
                          FROM query.enterprise_registry_entry
                         WHERE tax_code = :taxCode AND sequence_number < :sequence
                         ORDER BY sequence_number DESC LIMIT 1
                        ON CONFLICT (tax_code, sequence_number) DO NOTHING""")
                .param("taxCode", event.taxCode())
                .param("sequence", sequence)
                .param("reason", event.reason())
                .param("effectiveOn", event.effectiveOn())
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .param("recordedBy", event.ceasedBy())
                .queue("enterprise", event.taxCode());
    }

    @EventHandler
    void on(SocioPoliticalOrganizationFounded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        organizationChange(event.taxCode(), sequence, event.kind().name(), "FOUNDED", event.members(), null,
                event.foundedByTaskId(), event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(SocioPoliticalOrganizationMembersChanged event, @SequenceNumber long sequence,
            @Timestamp Instant recordedAt) {
        organizationChange(event.taxCode(), sequence, event.kind().name(), "MEMBERS_CHANGED", event.members(), null,
                null, event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(SocioPoliticalOrganizationDissolved event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        organizationChange(event.taxCode(), sequence, event.kind().name(), "DISSOLVED", null, event.reason(),
                null, event.effectiveOn(), recordedAt);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE query.enterprise_registry_entry, query.enterprise_socio_political_change").update();
    }

    private void organizationChange(String taxCode, long sequence, String kind, String change, Integer members,
                                    String reason, String taskId, LocalDate effectiveOn, Instant recordedAt) {
        writes.sql("""
                        INSERT INTO query.enterprise_socio_political_change (tax_code, sequence_number, kind, change,
                               members, reason, founded_by_task_id, effective_on, recorded_at)
                        VALUES (:taxCode, :sequence, :kind, :change, :members, :reason, :taskId, :effectiveOn,
                               :recordedAt)
                        ON CONFLICT (tax_code, sequence_number) DO NOTHING""")
                .param("taxCode", taxCode)
                .param("sequence", sequence)
                .param("kind", kind)
                .param("change", change)
                .param("members", members)
                .param("reason", reason)
                .param("taskId", taskId)
                .param("effectiveOn", effectiveOn)
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .queue("enterprise", taxCode);
    }

    private void write(String taxCode, long sequence, String change, EnterpriseProfile profile, String importJobId,
                       LocalDate effectiveOn, Instant recordedAt, String recordedBy) {
        writes.sql("""
                        INSERT INTO query.enterprise_registry_entry (tax_code, sequence_number, change, name, address,
                               commune_unit_id, zone, ownership, workers, status, import_job_id, effective_on,
                               recorded_at, recorded_by)
                        VALUES (:taxCode, :sequence, :change, :name, :address, :commune, :zone, :ownership, :workers,
                               :status, :importJobId, :effectiveOn, :recordedAt, :recordedBy)
                        ON CONFLICT (tax_code, sequence_number) DO NOTHING""")
                .param("taxCode", taxCode)
                .param("sequence", sequence)
                .param("change", change)
                .param("name", profile.name())
                .param("address", profile.address())
                .param("commune", profile.communeUnitId())
                .param("zone", profile.zone())
                .param("ownership", profile.ownership() == null ? null : profile.ownership().name())
                .param("workers", profile.workers())
                .param("status", profile.status() == null ? null : profile.status().name())
                .param("importJobId", importJobId)
                .param("effectiveOn", effectiveOn)
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .param("recordedBy", recordedBy)
                .queue("enterprise", taxCode);
    }
}
