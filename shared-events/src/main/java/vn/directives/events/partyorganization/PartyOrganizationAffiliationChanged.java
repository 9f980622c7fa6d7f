package vn.directives.events.partyorganization;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * From {@code effectiveOn} the organization is of {@code kind} under the committee
 * {@code superiorCommitteeUnitId} (a unit as it was on that date): the classification of one
 * recorded without it (an organization set up by a cell establishment, or recorded before kinds were
 * recorded), a re-affiliation to another committee, or a cell grown into a grassroots committee.
 */
@Revision("1")
public record PartyOrganizationAffiliationChanged(String partyOrganizationId, PartyOrganizationKind kind,
                                                  String superiorCommitteeUnitId, LocalDate effectiveOn,
                                                  String recordedBy) implements PartyOrganizationEvent {
}
