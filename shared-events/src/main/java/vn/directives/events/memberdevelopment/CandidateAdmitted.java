package vn.directives.events.memberdevelopment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The candidate was admitted (kết nạp) as a probationary member (đảng viên dự bị) by the Party
 * organization of the enterprise. {@code courseWaiverReason} is null when the awareness course was
 * passed; otherwise it says why the rule was relaxed. The category is the candidate's at admission,
 * repeated here so that counts by category need no other event.
 */
@Revision("1")
public record CandidateAdmitted(String candidateRef, String partyOrganizationId, String enterpriseTaxCode,
                                CandidateCategory category, String courseWaiverReason, LocalDate effectiveOn,
                                String recordedBy) implements MemberDevelopmentEvent {
}
