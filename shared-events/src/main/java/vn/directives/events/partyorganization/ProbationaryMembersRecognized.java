package vn.directives.events.partyorganization;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Probationary members of the organization were recognized official (công nhận đảng viên chính
 * thức): they move from probationary to official. {@code candidateRef} names the candidate of member
 * development whose recognition this is; null for a count recorded directly.
 */
@Revision("1")
public record ProbationaryMembersRecognized(String partyOrganizationId, int members, String candidateRef,
                                            LocalDate effectiveOn, String recordedBy)
        implements PartyOrganizationEvent {
}
