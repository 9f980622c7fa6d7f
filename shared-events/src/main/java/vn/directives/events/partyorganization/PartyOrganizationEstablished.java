package vn.directives.events.partyorganization;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A cell establishment completed and the enterprise has this Party organization since the date of
 * the establishment decision ({@code effectiveOn}). It starts with the members of the confirmed pool,
 * of the kind and under the directly superior committee (a unit) the completion gave. Revision 1 had
 * neither: not classified ({@code PartyOrganizationEstablishedV1Upcaster}).
 */
@Revision("2")
public record PartyOrganizationEstablished(String partyOrganizationId, String enterpriseTaxCode,
                                           String enterpriseName, String organizationName,
                                           String cellEstablishmentTaskId, String decisionNumber,
                                           String issuingCommittee, PartyOrganizationKind kind,
                                           String superiorCommitteeUnitId, int officialMembers,
                                           int probationaryMembers, LocalDate effectiveOn, String recordedBy)
        implements PartyOrganizationEvent {
}
