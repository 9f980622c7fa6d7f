package vn.directives.command.partymember;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.partymember.PartyMemberChanged;
import vn.directives.events.partymember.PartyMemberRecorded;
import vn.directives.events.partyorganization.MemberStatus;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code command.party_member}: each member's roster entry now, by reference (nothing personal), written
 * by the subscribing processor in the transaction of the entry's command, so that an import compares a
 * file of thousands of rows with the roster in one read.
 */
@Component
@ProcessingGroup(PartyMemberLookup.PROCESSING_GROUP)
class PartyMemberLookup implements PartyMemberRoster {

    /** Runs subscribing ({@code axon.eventhandling.processors.party-member-lookup.mode}); failures fail the command. */
    static final String PROCESSING_GROUP = "party-member-lookup";

    private static final RowMapper<Map.Entry<String, Entry>> ENTRY = (rs, n) -> Map.entry(rs.getString("member_ref"),
            new Entry(new MemberEntry(rs.getString("enterprise_tax_code"), rs.getString("party_organization_id"),
                    rs.getString("residence_committee_unit_id"), MemberStatus.valueOf(rs.getString("status")),
                    day(rs, "admitted_on"), day(rs, "recognized_on"),
                    rs.getString("category") == null ? null : CandidateCategory.valueOf(rs.getString("category"))),
                    day(rs, "effective_on")));

    private final JdbcTemplate jdbc;

    PartyMemberLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Entry> entries(Collection<String> memberRefs) {
        return read("member_ref", memberRefs);
    }

    @Override
    public Map<String, Entry> registeredIn(Collection<String> partyOrganizationIds) {
        return read("party_organization_id", partyOrganizationIds);
    }

    private Map<String, Entry> read(String column, Collection<String> keys) {
        Map<String, Entry> entries = new HashMap<>();
        if (keys.isEmpty()) {
            return entries;
        }
        jdbc.query("SELECT * FROM command.party_member WHERE " + column + " = ANY (?)",
                ENTRY, (Object) keys.toArray(String[]::new)).forEach(e -> entries.put(e.getKey(), e.getValue()));
        return entries;
    }

    @EventHandler
    void on(PartyMemberRecorded event) {
        jdbc.update("""
                        INSERT INTO command.party_member (member_ref, enterprise_tax_code, party_organization_id,
                               residence_committee_unit_id, status, admitted_on, recognized_on, category, effective_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", event.memberRef(), event.enterpriseTaxCode(),
                event.partyOrganizationId(), event.residenceCommitteeUnitId(), event.status().name(),
                event.admittedOn(), event.recognizedOn(), event.category() == null ? null : event.category().name(),
                event.effectiveOn());
    }

    @EventHandler
    void on(PartyMemberChanged event) {
        jdbc.update("""
                        UPDATE command.party_member SET enterprise_tax_code = ?, party_organization_id = ?,
                               residence_committee_unit_id = ?, status = ?, admitted_on = ?, recognized_on = ?,
                               category = ?, effective_on = ?
                         WHERE member_ref = ?""", event.enterpriseTaxCode(), event.partyOrganizationId(),
                event.residenceCommitteeUnitId(), event.status().name(), event.admittedOn(), event.recognizedOn(),
                event.category() == null ? null : event.category().name(), event.effectiveOn(), event.memberRef());
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
