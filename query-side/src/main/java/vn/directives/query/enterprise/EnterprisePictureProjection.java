package vn.directives.query.enterprise;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.infrastructure.BatchedWrites;
import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.cellestablishment.CellEstablishmentAbandoned;
import vn.directives.events.cellestablishment.CellEstablishmentOpened;
import vn.directives.events.membertransfer.MemberTransferCompleted;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.MembersLeft;
import vn.directives.events.partyorganization.MembersReceived;
import vn.directives.events.partyorganization.PartyOrganizationDissolved;
import vn.directives.events.partyorganization.PartyOrganizationMerged;
import vn.directives.events.partyorganization.ProbationaryMembersRecognized;
import vn.directives.events.partyorganization.MembersTransferredIn;
import vn.directives.events.partyorganization.MembersTransferredOut;
import vn.directives.events.partyorganization.NewMembersAdmitted;
import vn.directives.events.partyorganization.PartyOrganizationAffiliationChanged;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.partyorganization.PartyOrganizationEstablished;
import vn.directives.events.survey.EnterpriseFindings;
import vn.directives.events.survey.SurveyFindingRecorded;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Keeps every fact about enterprises with its effective date and recorded time: survey findings,
 * Party organizations with their kind and superior committee and the changes of their membership
 * (by status, exits, reorganizations) and their closing by a merger or a dissolution,
 * completed member transfers, and dissolutions learnt from abandoned cell establishments. Rows are keyed by the stream and
 * sequence number of the event that wrote them, so an event applied twice changes nothing.
 */
@Component
@ProcessingGroup(EnterprisePictureProjection.GROUP)
class EnterprisePictureProjection {

    static final String GROUP = "enterprise-picture";

    private final JdbcClient jdbc;
    private final BatchedWrites writes;

    EnterprisePictureProjection(JdbcClient jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(SurveyFindingRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        EnterpriseFindings findings = event.findings();
        writes.sql("""
                        INSERT INTO query.enterprise_finding (survey_task_id, sequence_number, tax_code, enterprise_name,
                               ownership, workers, official_members, probationary_members,
                               members_registered_at_residence, official_members_employed_12_months, trade_union,
                               trade_union_members, youth_union, youth_union_members, party_organization_exists,
                               owner_attitude, effective_on, recorded_at)
                        VALUES (:taskId, :sequence, :taxCode, :name, :ownership, :workers, :official, :probationary,
                               :atResidence, :employed12Months, :tradeUnion, :tradeUnionMembers, :youthUnion,
                               :youthUnionMembers, :organizationExists, :ownerAttitude, :effectiveOn, :recordedAt)
                        ON CONFLICT (survey_task_id, sequence_number) DO NOTHING""")
                .param("taskId", event.taskId())
                .param("sequence", sequence)
                .param("taxCode", findings.taxCode())
                .param("name", findings.enterpriseName())
                .param("ownership", nameOf(findings.ownership()))
                .param("workers", findings.workers())
                .param("official", findings.officialMembers())
                .param("probationary", findings.probationaryMembers())
                .param("atResidence", findings.membersRegisteredAtResidence())
                .param("employed12Months", findings.officialMembersEmployed12Months())
                .param("tradeUnion", findings.tradeUnion())
                .param("tradeUnionMembers", findings.tradeUnionMembers())
                .param("youthUnion", findings.youthUnion())
                .param("youthUnionMembers", findings.youthUnionMembers())
                .param("organizationExists", findings.partyOrganizationExists())
                .param("ownerAttitude", nameOf(findings.ownerAttitude()))
                .param("effectiveOn", event.effectiveOn())
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .queue("survey", event.taskId());
    }

    @EventHandler
    void on(PartyOrganizationEstablished event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        writes.sql("""
                        INSERT INTO query.enterprise_party_organization (party_organization_id, tax_code,
                               enterprise_name, organization_name, origin, since, decision_number, issuing_committee,
                               cell_establishment_task_id, recorded_at)
                        VALUES (:id, :taxCode, :enterpriseName, :organizationName, 'ESTABLISHED', :since,
                               :decisionNumber, :issuingCommittee, :taskId, :recordedAt)
                        ON CONFLICT (party_organization_id) DO NOTHING""")
                .param("id", event.partyOrganizationId())
                .param("taxCode", event.enterpriseTaxCode())
                .param("enterpriseName", event.enterpriseName())
                .param("organizationName", event.organizationName())
                .param("since", event.effectiveOn())
                .param("decisionNumber", event.decisionNumber())
                .param("issuingCommittee", event.issuingCommittee())
                .param("taskId", event.cellEstablishmentTaskId())
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .queue("party-organization", event.partyOrganizationId());
        MembershipChange.founded(event.officialMembers(), event.probationaryMembers())
                .write(writes, event.partyOrganizationId(), sequence, event.effectiveOn(), recordedAt);
        if (event.kind() != null || event.superiorCommitteeUnitId() != null) {
            affiliation(event.partyOrganizationId(), sequence, event.kind(), event.superiorCommitteeUnitId(),
                    event.effectiveOn(), recordedAt);
        }
    }

    @EventHandler
    void on(ExistingPartyOrganizationRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        writes.sql("""
                        INSERT INTO query.enterprise_party_organization (party_organization_id, tax_code,
                               enterprise_name, organization_name, origin, since, record_source, source_reference,
                               recorded_at)
                        VALUES (:id, :taxCode, :enterpriseName, :organizationName, 'RECORDED_EXISTING', :since,
                               :source, :reference, :recordedAt)
                        ON CONFLICT (party_organization_id) DO NOTHING""")
                .param("id", event.partyOrganizationId())
                .param("taxCode", event.enterpriseTaxCode())
                .param("enterpriseName", event.enterpriseName())
                .param("organizationName", event.organizationName())
                .param("since", event.effectiveOn())
                .param("source", nameOf(event.source()))
                .param("reference", event.sourceReference())
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .queue("party-organization", event.partyOrganizationId());
        MembershipChange.founded(event.officialMembers(), event.probationaryMembers())
                .write(writes, event.partyOrganizationId(), sequence, event.effectiveOn(), recordedAt);
        if (event.kind() != null || event.superiorCommitteeUnitId() != null) {
            affiliation(event.partyOrganizationId(), sequence, event.kind(), event.superiorCommitteeUnitId(),
                    event.effectiveOn(), recordedAt);
        }
    }

    @EventHandler
    void on(PartyOrganizationAffiliationChanged event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        affiliation(event.partyOrganizationId(), sequence, event.kind(), event.superiorCommitteeUnitId(),
                event.effectiveOn(), recordedAt);
    }

    private void affiliation(String partyOrganizationId, long sequence, PartyOrganizationKind kind,
                             String superiorCommitteeUnitId, LocalDate on, Instant recordedAt) {
        writes.sql("""
                        INSERT INTO query.party_organization_affiliation (party_organization_id, sequence_number, kind,
                               superior_committee_unit_id, effective_on, recorded_at)
                        VALUES (:id, :sequence, :kind, :superior, :effectiveOn, :recordedAt)
                        ON CONFLICT (party_organization_id, sequence_number) DO NOTHING""")
                .param("id", partyOrganizationId)
                .param("sequence", sequence)
                .param("kind", nameOf(kind))
                .param("superior", superiorCommitteeUnitId)
                .param("effectiveOn", on)
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .queue("party-organization", partyOrganizationId);
    }

    @EventHandler
    void on(NewMembersAdmitted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        MembershipChange.admitted(event.admitted())
                .write(writes, event.partyOrganizationId(), sequence, event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(MembersTransferredIn event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        MembershipChange.transferredIn(event.transferTaskId(), event.members(), event.temporary())
                .write(writes, event.partyOrganizationId(), sequence, event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(MembersTransferredOut event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        MembershipChange.transferredOut(event.transferTaskId(), event.members(), event.temporary())
                .write(writes, event.partyOrganizationId(), sequence, event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(ProbationaryMembersRecognized event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        MembershipChange.recognized(event.members())
                .write(writes, event.partyOrganizationId(), sequence, event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(MembersLeft event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        MembershipChange.left(event.reason(), event.status(), event.members())
                .write(writes, event.partyOrganizationId(), sequence, event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(MembersReceived event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        MembershipChange.reorganized("RECEIVED",
                        MembershipChange.Moved.of(event.members(), 1, event.fromPartyOrganizationId()),
                        MemberCounts.NONE)
                .write(writes, event.partyOrganizationId(), sequence, event.effectiveOn(), recordedAt);
    }

    @EventHandler
    void on(PartyOrganizationMerged event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        MembershipChange.reorganized("MERGED",
                        MembershipChange.Moved.of(event.members(), -1, event.intoPartyOrganizationId()),
                        MemberCounts.NONE)
                .write(writes, event.partyOrganizationId(), sequence, event.effectiveOn(), recordedAt);
        closed(event.partyOrganizationId(), "MERGED", event.intoPartyOrganizationId(), null, event.effectiveOn(),
                recordedAt);
    }

    /** Members handed to successors are written in the successors' streams (MembersReceived); here they leave. */
    @EventHandler
    void on(PartyOrganizationDissolved event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        MemberCounts handedOn = event.successors().stream().map(share -> share.members())
                .reduce(MemberCounts.NONE, MemberCounts::plus);
        MembershipChange.reorganized("DISSOLVED", MembershipChange.Moved.of(handedOn, -1, null), event.leaving())
                .write(writes, event.partyOrganizationId(), sequence, event.effectiveOn(), recordedAt);
        closed(event.partyOrganizationId(), "DISSOLVED", null, event.reason(), event.effectiveOn(), recordedAt);
    }

    private void closed(String partyOrganizationId, String how, String into, String reason, LocalDate on,
                        Instant recordedAt) {
        writes.sql("""
                        UPDATE query.enterprise_party_organization
                           SET closed_on = :on, closed_how = :how, closed_into = :into, closed_reason = :reason,
                               closed_recorded_at = :recordedAt
                         WHERE party_organization_id = :id""")
                .param("id", partyOrganizationId)
                .param("on", on)
                .param("how", how)
                .param("into", into)
                .param("reason", reason)
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .queue("party-organization", partyOrganizationId);
    }

    /** Counted for the enterprise named by the transfer, whether or not it has a Party organization yet. */
    @EventHandler
    void on(MemberTransferCompleted event, @Timestamp Instant recordedAt) {
        if (event.enterpriseTaxCode() == null) {
            return;
        }
        writes.sql("""
                        INSERT INTO query.enterprise_member_transfer (transfer_task_id, tax_code, direction,
                               transfer_type, effective_on, recorded_at)
                        VALUES (:taskId, :taxCode, :direction, :type, :effectiveOn, :recordedAt)
                        ON CONFLICT (transfer_task_id) DO NOTHING""")
                .param("taskId", event.taskId())
                .param("taxCode", event.enterpriseTaxCode())
                .param("direction", nameOf(event.direction()))
                .param("type", nameOf(event.type()))
                .param("effectiveOn", event.effectiveOn())
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .queue("member-transfer", event.taskId());
    }

    @EventHandler
    void on(CellEstablishmentOpened event, @SequenceNumber long sequence) {
        writes.sql("""
                        INSERT INTO query.enterprise_cell_establishment (task_id, tax_code, enterprise_name, opened_on,
                               last_sequence)
                        VALUES (:taskId, :taxCode, :name, :openedOn, :sequence)
                        ON CONFLICT (task_id) DO NOTHING""")
                .param("taskId", event.taskId())
                .param("taxCode", event.enterpriseTaxCode())
                .param("name", event.enterpriseName())
                .param("openedOn", event.openedOn())
                .param("sequence", sequence)
                .queue("cell-establishment", event.taskId());
    }

    /** Only a dissolved enterprise matters to the picture; other reasons say nothing about it. */
    @EventHandler
    void on(CellEstablishmentAbandoned event, @SequenceNumber long sequence) {
        if (event.reason() != AbandonmentReason.ENTERPRISE_DISSOLVED) {
            return;
        }
        writes.sql("""
                        UPDATE query.enterprise_cell_establishment
                           SET abandoned_on = :effectiveOn, abandonment_reason = :reason, last_sequence = :sequence
                         WHERE task_id = :taskId AND last_sequence < :sequence""")
                .param("taskId", event.taskId())
                .param("effectiveOn", event.effectiveOn())
                .param("reason", event.reason().name())
                .param("sequence", sequence)
                .queue("cell-establishment", event.taskId());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("""
                        TRUNCATE query.enterprise_finding, query.enterprise_party_organization,
                                 query.party_organization_membership_change, query.party_organization_affiliation,
                                 query.enterprise_member_transfer,
                                 query.enterprise_cell_establishment""")
                .update();
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
