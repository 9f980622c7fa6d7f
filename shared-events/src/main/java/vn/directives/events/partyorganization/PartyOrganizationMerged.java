package vn.directives.events.partyorganization;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The organization was merged into another one ({@code intoPartyOrganizationId}) and is closed from
 * {@code effectiveOn}: all its members, by status, moved to that one, which records them as
 * {@link MembersReceived} in the same transaction.
 */
@Revision("1")
public record PartyOrganizationMerged(String partyOrganizationId, String intoPartyOrganizationId,
                                      MemberCounts members, LocalDate effectiveOn, String recordedBy)
        implements PartyOrganizationEvent {
}
