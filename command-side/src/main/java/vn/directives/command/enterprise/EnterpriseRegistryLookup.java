package vn.directives.command.enterprise;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.command.common.RegisteredEnterprises;
import vn.directives.events.enterprise.EnterpriseCeased;
import vn.directives.events.enterprise.EnterpriseChanged;
import vn.directives.events.enterprise.EnterpriseProfile;
import vn.directives.events.enterprise.EnterpriseRegistered;
import vn.directives.events.enterprise.OperatingStatus;
import vn.directives.events.survey.Ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code command.enterprise}: each registered enterprise's current profile, keyed by tax code.
 * Updated by a subscribing processor in the transaction of the command whose events it follows,
 * so that a registration just made (in the same import, too) is seen by the next. Safe to apply twice.
 */
@Component
@ProcessingGroup(EnterpriseRegistryLookup.GROUP)
class EnterpriseRegistryLookup implements EnterpriseRegistry, CommuneDirectory, CommuneNames, RegisteredEnterprises {

    static final String GROUP = "enterprise-registry-lookup";

    private static final RowMapper<RegistryEntry> ENTRY = (row, n) -> new RegistryEntry(row.getString("tax_code"),
            new EnterpriseProfile(row.getString("name"), row.getString("address"), row.getString("commune_unit_id"),
                    row.getString("zone"), Ownership.valueOf(row.getString("ownership")), row.getInt("workers"),
                    OperatingStatus.valueOf(row.getString("status"))),
            row.getObject("last_change_on", LocalDate.class), row.getLong("version"), row.getBoolean("ceased"));

    private final JdbcClient jdbc;

    EnterpriseRegistryLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RegistryEntry> entry(String taxCode) {
        return jdbc.sql("SELECT * FROM command.enterprise WHERE tax_code = :taxCode")
                .param("taxCode", taxCode)
                .query(ENTRY)
                .optional();
    }

    @Override
    public Optional<String> nameOf(String taxCode) {
        return entry(taxCode).map(entry -> entry.profile().name());
    }

    @Override
    public Map<String, RegistryEntry> entries(Collection<String> taxCodes) {
        Map<String, RegistryEntry> entries = new HashMap<>();
        jdbc.sql("SELECT * FROM command.enterprise WHERE tax_code = ANY (:taxCodes)")
                .param("taxCodes", taxCodes.toArray(String[]::new))
                .query(ENTRY)
                .list()
                .forEach(entry -> entries.put(entry.taxCode(), entry));
        return entries;
    }

    @Override
    public Set<String> communesAndWards(LocalDate on) {
        return Set.copyOf(jdbc.sql("""
                        SELECT unit_id FROM command.unit
                         WHERE kind IN ('COMMUNE', 'WARD')
                           AND active_from <= :on AND (active_until IS NULL OR active_until > :on)""")
                .param("on", on)
                .query(String.class)
                .list());
    }

    /** Reads the unit lookup's table: the kinds and active days of units are its facts, not ours. */
    @Override
    public boolean isCommuneOrWard(String unitId, LocalDate on) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM command.unit
                                        WHERE unit_id = :unitId AND kind IN ('COMMUNE', 'WARD')
                                          AND active_from <= :on AND (active_until IS NULL OR active_until > :on))""")
                .param("unitId", unitId)
                .param("on", on)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Map<String, List<String>> byName(LocalDate on) {
        Map<String, List<String>> byName = new HashMap<>();
        jdbc.sql("""
                        SELECT u.unit_id, n.name FROM command.unit u
                          JOIN command.unit_name n ON n.unit_id = u.unit_id
                         WHERE u.kind IN ('COMMUNE', 'WARD')
                           AND u.active_from <= :on AND (u.active_until IS NULL OR u.active_until > :on)
                           AND n.valid_from <= :on AND (n.valid_until IS NULL OR n.valid_until > :on)""")
                .param("on", on)
                .query((row, n) -> Map.entry(row.getString("unit_id"), row.getString("name")))
                .list()
                .forEach(unit -> {
                    String name = ImportColumn.key(unit.getValue());
                    Stream.of(name, name.replaceFirst("^đảng ủy\\s+", "")).distinct().forEach(key ->
                            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(unit.getKey()));
                });
        return byName;
    }

    @EventHandler
    void on(EnterpriseRegistered event, @SequenceNumber long sequence) {
        int inserted = write(event.taxCode(), event.profile(), event.effectiveOn(), sequence, false);
        if (inserted == 0 && entry(event.taxCode()).map(RegistryEntry::version).orElse(-1L) != sequence) {
            throw Enterprise.alreadyRegistered();
        }
    }

    @EventHandler
    void on(EnterpriseChanged event, @SequenceNumber long sequence) {
        write(event.taxCode(), event.profile(), event.effectiveOn(), sequence, false);
    }

    @EventHandler
    void on(EnterpriseCeased event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE command.enterprise SET ceased = true, last_change_on = :on, version = :sequence
                         WHERE tax_code = :taxCode AND version < :sequence""")
                .param("taxCode", event.taxCode())
                .param("on", event.effectiveOn())
                .param("sequence", sequence)
                .update();
    }

    /** Inserts or, for a later event than the row's, replaces; returns the rows written. */
    private int write(String taxCode, EnterpriseProfile profile, LocalDate on, long sequence, boolean ceased) {
        return jdbc.sql("""
                        INSERT INTO command.enterprise (tax_code, name, address, commune_unit_id, zone, ownership,
                               workers, status, last_change_on, version, ceased)
                        VALUES (:taxCode, :name, :address, :commune, :zone, :ownership, :workers, :status, :on,
                               :sequence, :ceased)
                        ON CONFLICT (tax_code) DO UPDATE
                           SET name = excluded.name, address = excluded.address,
                               commune_unit_id = excluded.commune_unit_id, zone = excluded.zone,
                               ownership = excluded.ownership, workers = excluded.workers, status = excluded.status,
                               last_change_on = excluded.last_change_on, version = excluded.version
                         WHERE command.enterprise.version < excluded.version""")
                .param("taxCode", taxCode)
                .param("name", profile.name())
                .param("address", profile.address())
                .param("commune", profile.communeUnitId())
                .param("zone", profile.zone())
                .param("ownership", profile.ownership().name())
                .param("workers", profile.workers())
                .param("status", profile.status().name())
                .param("on", on)
                .param("sequence", sequence)
                .param("ceased", ceased)
                .update();
    }
}
