package vn.directives.events.partyorganization;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Members of one status left the Party organization other than by a transfer: death, removal from
 * the rolls, expulsion, leaving on request. Counts only, never a person.
 */
@Revision("1")
public record MembersLeft(String partyOrganizationId, ExitReason reason, MemberStatus status, int members,
                          LocalDate effectiveOn, String recordedBy) implements PartyOrganizationEvent {
}
