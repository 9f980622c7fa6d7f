package vn.directives.events.partyorganization;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Members left the organization by a member transfer. Members away temporarily stay counted in
 * the organization's total; an official transfer lowers it.
 */
@Revision("1")
public record MembersTransferredOut(String partyOrganizationId, String transferTaskId, int members, boolean temporary,
                                    LocalDate effectiveOn, String recordedBy) implements PartyOrganizationEvent {
}
