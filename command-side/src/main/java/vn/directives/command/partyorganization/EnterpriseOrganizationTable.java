package vn.directives.command.partyorganization;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.PartyOrganizationEstablished;

import java.util.Optional;

/**
 * {@code command.party_organization_enterprise}: the Party organization of each enterprise, its
 * tax code the primary key. Filled by the subscribing processor in the transaction that stores the
 * organization's first event, so that of two concurrent organizations for one enterprise the
 * second finds the key taken and its whole transaction, events included, rolls back.
 */
@Component
@ProcessingGroup(EstablishmentPolicy.PROCESSING_GROUP)
class EnterpriseOrganizationTable implements EnterpriseOrganizations {

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

    @EventHandler
    void on(PartyOrganizationEstablished event) {
        claim(event.enterpriseTaxCode(), event.partyOrganizationId());
    }

    @EventHandler
    void on(ExistingPartyOrganizationRecorded event) {
        claim(event.enterpriseTaxCode(), event.partyOrganizationId());
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
