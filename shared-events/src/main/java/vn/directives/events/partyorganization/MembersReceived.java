package vn.directives.events.partyorganization;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The organization received, by status, the members of another one that was merged into it or
 * dissolved naming it as a successor ({@code fromPartyOrganizationId}).
 */
@Revision("1")
public record MembersReceived(String partyOrganizationId, String fromPartyOrganizationId, MemberCounts members,
                              LocalDate effectiveOn, String recordedBy) implements PartyOrganizationEvent {
}
