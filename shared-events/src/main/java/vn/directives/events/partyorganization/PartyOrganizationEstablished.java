package vn.directives.events.partyorganization;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A cell establishment completed and the enterprise has this Party organization since the date of
 * the establishment decision ({@code effectiveOn}). It starts with the members of the confirmed pool.
 */
@Revision("1")
public record PartyOrganizationEstablished(String partyOrganizationId, String enterpriseTaxCode,
                                           String enterpriseName, String organizationName,
                                           String cellEstablishmentTaskId, String decisionNumber,
                                           String issuingCommittee, int officialMembers, int probationaryMembers,
                                           LocalDate effectiveOn, String recordedBy) implements PartyOrganizationEvent {
}
