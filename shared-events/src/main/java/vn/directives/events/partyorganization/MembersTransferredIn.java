package vn.directives.events.partyorganization;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Members joined the organization by a member transfer. Temporary members (sinh hoạt tạm thời)
 * are not counted in the organization's total.
 */
@Revision("1")
public record MembersTransferredIn(String partyOrganizationId, String transferTaskId, int members, boolean temporary,
                                   LocalDate effectiveOn, String recordedBy) implements PartyOrganizationEvent {
}
