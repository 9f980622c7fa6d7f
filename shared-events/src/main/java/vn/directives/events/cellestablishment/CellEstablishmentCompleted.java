package vn.directives.events.cellestablishment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The establishment is done and the enterprise has the Party organization {@code partyOrganizationId}
 * since {@code decidedOn}; the task completes with it. Carries what the organization starts
 * from: the decision and the members of the confirmed pool.
 */
@Revision("1")
public record CellEstablishmentCompleted(String taskId, String partyOrganizationId, String enterpriseTaxCode,
                                         String enterpriseName, String organizationName, String decisionNumber,
                                         LocalDate decidedOn, String issuingCommittee, int officialMembers,
                                         int probationaryMembers, LocalDate effectiveOn, String completedBy)
        implements CellEstablishmentEvent {
}
