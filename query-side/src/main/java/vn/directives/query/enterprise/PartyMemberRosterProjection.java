package vn.directives.query.enterprise;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.partymember.PartyMemberChanged;
import vn.directives.events.partymember.PartyMemberRecorded;
import vn.directives.events.partyorganization.MemberStatus;
import vn.directives.query.infrastructure.BatchedWrites;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Keeps every entry of the Party members' roster with its effective day ({@code query.party_member_entry}),
 * in the enterprise picture's group, so that the derived work reads at a date the members working in an
 * enterprise and registered at their residence. Rows are keyed by the reference and the event's sequence
 * number: an event applied twice changes nothing.
 */
@Component
@ProcessingGroup(EnterprisePictureProjection.GROUP)
class PartyMemberRosterProjection {

    private final JdbcClient jdbc;
    private final BatchedWrites writes;

    PartyMemberRosterProjection(JdbcClient jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(PartyMemberRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        entry(event.memberRef(), sequence, event.enterpriseTaxCode(), event.partyOrganizationId(),
                event.residenceCommitteeUnitId(), event.status(), event.admittedOn(), event.recognizedOn(),
                event.category(), event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(PartyMemberChanged event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        entry(event.memberRef(), sequence, event.enterpriseTaxCode(), event.partyOrganizationId(),
                event.residenceCommitteeUnitId(), event.status(), event.admittedOn(), event.recognizedOn(),
                event.category(), event.effectiveOn(), recordedAt);
    }

    private void entry(String memberRef, long sequence, String taxCode, String partyOrganizationId,
                       String residenceCommitteeUnitId, MemberStatus status, LocalDate admittedOn,
                       LocalDate recognizedOn, CandidateCategory category, LocalDate effectiveOn, Instant recordedAt) {
        writes.sql("""
                        INSERT INTO query.party_member_entry (member_ref, sequence_number, enterprise_tax_code,
                               party_organization_id, residence_committee_unit_id, status, admitted_on, recognized_on,
                               category, effective_on, recorded_at)
                        VALUES (:ref, :sequence, :taxCode, :organization, :residence, :status, :admittedOn,
                                :recognizedOn, :category, :effectiveOn, :recordedAt)
                        ON CONFLICT (member_ref, sequence_number) DO NOTHING""")
                .param("ref", memberRef)
                .param("sequence", sequence)
                .param("taxCode", taxCode)
                .param("organization", partyOrganizationId)
                .param("residence", residenceCommitteeUnitId)
                .param("status", status.name())
                .param("admittedOn", admittedOn)
                .param("recognizedOn", recognizedOn)
                .param("category", category == null ? null : category.name())
                .param("effectiveOn", effectiveOn)
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .queue("party-member", memberRef);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE query.party_member_entry").update();
    }
}
