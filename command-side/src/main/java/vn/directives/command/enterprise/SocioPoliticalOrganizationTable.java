package vn.directives.command.enterprise;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.events.enterprise.SocioPoliticalOrganizationDissolved;
import vn.directives.events.enterprise.SocioPoliticalOrganizationFounded;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.enterprise.SocioPoliticalOrganizationMembersChanged;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code command.enterprise_socio_political_organization}: the socio-political organizations each
 * enterprise has now, with their members, for an imported list to compare its rows with; and
 * {@code command.enterprise_socio_political_dissolution}: the day of each kind's last dissolution, so that a
 * list of dissolutions imported again changes nothing. Part of the
 * registry lookup (same subscribing processor, in the command's transaction), so that what a chunk
 * of an import founded is seen by the next chunk. These events also move the enterprise's last
 * change in {@code command.enterprise}, as they move the aggregate's.
 */
@Component
@ProcessingGroup(EnterpriseRegistryLookup.GROUP)
class SocioPoliticalOrganizationTable implements SocioPoliticalOrganizations {

    private final JdbcClient jdbc;

    SocioPoliticalOrganizationTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Map<SocioPoliticalOrganizationKind, Integer>> of(Collection<String> taxCodes) {
        Map<String, Map<SocioPoliticalOrganizationKind, Integer>> found = new HashMap<>();
        jdbc.sql("""
                        SELECT tax_code, kind, members FROM command.enterprise_socio_political_organization
                         WHERE tax_code = ANY (:taxCodes)""")
                .param("taxCodes", taxCodes.toArray(String[]::new))
                .query((row, n) -> {
                    found.computeIfAbsent(row.getString("tax_code"),
                                    code -> new EnumMap<>(SocioPoliticalOrganizationKind.class))
                            .put(SocioPoliticalOrganizationKind.valueOf(row.getString("kind")), row.getInt("members"));
                    return null;
                })
                .list();
        return found;
    }

    @Override
    public Map<String, Map<SocioPoliticalOrganizationKind, LocalDate>> dissolvedOn(Collection<String> taxCodes) {
        Map<String, Map<SocioPoliticalOrganizationKind, LocalDate>> found = new HashMap<>();
        jdbc.sql("""
                        SELECT tax_code, kind, dissolved_on FROM command.enterprise_socio_political_dissolution
                         WHERE tax_code = ANY (:taxCodes)""")
                .param("taxCodes", taxCodes.toArray(String[]::new))
                .query((row, n) -> {
                    found.computeIfAbsent(row.getString("tax_code"),
                                    code -> new EnumMap<>(SocioPoliticalOrganizationKind.class))
                            .put(SocioPoliticalOrganizationKind.valueOf(row.getString("kind")),
                                    row.getObject("dissolved_on", LocalDate.class));
                    return null;
                })
                .list();
        return found;
    }

    @EventHandler
    void on(SocioPoliticalOrganizationFounded event, @SequenceNumber long sequence) {
        members(event.taxCode(), event.kind(), event.members());
        changed(event.taxCode(), event.effectiveOn(), sequence);
    }

    @EventHandler
    void on(SocioPoliticalOrganizationMembersChanged event, @SequenceNumber long sequence) {
        members(event.taxCode(), event.kind(), event.members());
        changed(event.taxCode(), event.effectiveOn(), sequence);
    }

    @EventHandler
    void on(SocioPoliticalOrganizationDissolved event, @SequenceNumber long sequence) {
        jdbc.sql("DELETE FROM command.enterprise_socio_political_organization WHERE tax_code = :taxCode AND kind = :kind")
                .param("taxCode", event.taxCode())
                .param("kind", event.kind().name())
                .update();
        jdbc.sql("""
                        INSERT INTO command.enterprise_socio_political_dissolution (tax_code, kind, dissolved_on)
                        VALUES (:taxCode, :kind, :on)
                        ON CONFLICT (tax_code, kind) DO UPDATE SET dissolved_on = excluded.dissolved_on""")
                .param("taxCode", event.taxCode())
                .param("kind", event.kind().name())
                .param("on", event.effectiveOn())
                .update();
        changed(event.taxCode(), event.effectiveOn(), sequence);
    }

    private void members(String taxCode, SocioPoliticalOrganizationKind kind, int members) {
        jdbc.sql("""
                        INSERT INTO command.enterprise_socio_political_organization (tax_code, kind, members)
                        VALUES (:taxCode, :kind, :members)
                        ON CONFLICT (tax_code, kind) DO UPDATE SET members = excluded.members""")
                .param("taxCode", taxCode)
                .param("kind", kind.name())
                .param("members", members)
                .update();
    }

    private void changed(String taxCode, LocalDate on, long sequence) {
        jdbc.sql("""
                        UPDATE command.enterprise SET last_change_on = :on, version = :sequence
                         WHERE tax_code = :taxCode AND version < :sequence""")
                .param("taxCode", taxCode)
                .param("on", on)
                .param("sequence", sequence)
                .update();
    }
}
