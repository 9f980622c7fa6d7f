package vn.directives.events.cellestablishment;

import org.axonframework.serialization.Revision;
import vn.directives.events.partyorganization.PartyOrganizationKind;

import java.time.LocalDate;

/**
 * The establishment is done and the enterprise has the Party organization {@code partyOrganizationId}
 * since {@code decidedOn}; the task completes with it. Carries what the organization starts
 * from: the decision, the members of the confirmed pool, and its kind and directly superior committee
 * (a unit) as the completion gave them. Revision 1 had neither: such an organization is not classified
 * until an affiliation is recorded ({@code CellEstablishmentCompletedV1Upcaster}).
 */
@Revision("2")
public record CellEstablishmentCompleted(String taskId, String partyOrganizationId, String enterpriseTaxCode,
                                         String enterpriseName, String organizationName, String decisionNumber,
                                         LocalDate decidedOn, String issuingCommittee, PartyOrganizationKind kind,
                                         String superiorCommitteeUnitId, int officialMembers,
                                         int probationaryMembers, LocalDate effectiveOn, String completedBy)
        implements CellEstablishmentEvent {
}
