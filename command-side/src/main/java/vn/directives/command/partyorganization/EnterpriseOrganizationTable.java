package vn.directives.command.partyorganization;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.PartyOrganizationAffiliationChanged;
import vn.directives.events.partyorganization.PartyOrganizationDissolved;
import vn.directives.events.partyorganization.PartyOrganizationMerged;
import vn.directives.events.partyorganization.PartyOrganizationEstablished;
import vn.directives.events.partyorganization.PartyOrganizationKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code command.party_organization_enterprise}: the Party organization of each enterprise, its
 * tax code the primary key. Filled by the subscribing processor in the transaction that stores the
 * organization's first event, so that of two concurrent organizations for one enterprise the
 * second finds the key taken and its whole transaction, events included, rolls back. It also keeps
 * each organization's kind and superior committee now, for imports to compare a row with. An
 * organization merged or dissolved leaves the table: its enterprise has none any more and may get
 * a new one.
 */
@Component
@ProcessingGroup(EstablishmentPolicy.PROCESSING_GROUP)
class EnterpriseOrganizationTable implements EnterpriseOrganizations, PartyOrganizationDirectory,
        OpenOrganizations {

    private final JdbcTemplate jdbc;

    EnterpriseOrganizationTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> partyOrganizationOf(String enterpriseTaxCode) {
        return jdbc.query("""
                        SELECT party_organization_id FROM command.party_organization_enterprise
                        WHERE enterprise_tax_code = ?""", (rs, row) -> rs.getString(1), enterpriseTaxCode)
                .stream().findFirst();
    }

    @Override
    public Optional<KnownOrganization> ofEnterprise(String enterpriseTaxCode) {
        return jdbc.query("""
                        SELECT party_organization_id, kind, superior_committee_unit_id
                          FROM command.party_organization_enterprise WHERE enterprise_tax_code = ?""",
                (rs, row) -> new KnownOrganization(rs.getString(1),
                        rs.getString(2) == null ? null : PartyOrganizationKind.valueOf(rs.getString(2)),
                        rs.getString(3)), enterpriseTaxCode).stream().findFirst();
    }

    /** Reads the unit lookup's tables: units and their names are its facts, not ours. */
    @Override
    public boolean isUnit(String unitId, LocalDate on) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM command.unit WHERE unit_id = ? AND active_from <= ?
                                  AND (active_until IS NULL OR active_until > ?))""",
                Boolean.class, unitId, on, on));
    }

    @Override
    public Map<String, List<String>> unitsByName(LocalDate on, UnaryOperator<String> key) {
        Map<String, List<String>> byName = new HashMap<>();
        jdbc.query("""
                        SELECT u.unit_id, n.name FROM command.unit u
                          JOIN command.unit_name n ON n.unit_id = u.unit_id
                         WHERE u.active_from <= ? AND (u.active_until IS NULL OR u.active_until > ?)
                           AND n.valid_from <= ? AND (n.valid_until IS NULL OR n.valid_until > ?)""",
                (rs, row) -> byName.computeIfAbsent(key.apply(rs.getString(2)), k -> new ArrayList<>())
                        .add(rs.getString(1)), on, on, on, on);
        return byName;
    }

    @Override
    public boolean isOpen(String partyOrganizationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM command.party_organization_enterprise WHERE party_organization_id = ?)",
                Boolean.class, partyOrganizationId));
    }

    @EventHandler
    void on(PartyOrganizationMerged event) {
        close(event.partyOrganizationId());
    }

    @EventHandler
    void on(PartyOrganizationDissolved event) {
        close(event.partyOrganizationId());
    }

    private void close(String partyOrganizationId) {
        jdbc.update("DELETE FROM command.party_organization_enterprise WHERE party_organization_id = ?",
                partyOrganizationId);
    }

    @EventHandler
    void on(PartyOrganizationEstablished event) {
        claim(event.enterpriseTaxCode(), event.partyOrganizationId());
    }

    @EventHandler
    void on(ExistingPartyOrganizationRecorded event) {
        claim(event.enterpriseTaxCode(), event.partyOrganizationId());
        affiliation(event.partyOrganizationId(), event.kind(), event.superiorCommitteeUnitId());
    }

    @EventHandler
    void on(PartyOrganizationAffiliationChanged event) {
        affiliation(event.partyOrganizationId(), event.kind(), event.superiorCommitteeUnitId());
    }

    private void affiliation(String partyOrganizationId, PartyOrganizationKind kind, String superiorCommitteeUnitId) {
        jdbc.update("""
                UPDATE command.party_organization_enterprise SET kind = ?, superior_committee_unit_id = ?
                 WHERE party_organization_id = ?""", kind == null ? null : kind.name(), superiorCommitteeUnitId,
                partyOrganizationId);
    }

    /**
     * ON CONFLICT waits for a concurrent claim of the same key and then skips, without aborting
     * the transaction as a unique violation would; a key taken by another organization refuses.
     */
    private void claim(String enterpriseTaxCode, String partyOrganizationId) {
        int inserted = jdbc.update("""
                INSERT INTO command.party_organization_enterprise (enterprise_tax_code, party_organization_id)
                VALUES (?, ?) ON CONFLICT DO NOTHING""", enterpriseTaxCode, partyOrganizationId);
        if (inserted == 0 && !partyOrganizationOf(enterpriseTaxCode).equals(Optional.of(partyOrganizationId))) {
            throw OnePerEnterprise.violated();
        }
    }
}
