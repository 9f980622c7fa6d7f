package vn.directives.events.memberdevelopment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The candidate is no longer followed (left the enterprise, withdrew, not proposed), before admission. */
@Revision("1")
public record CandidateDropped(String candidateRef, String reason, LocalDate effectiveOn, String recordedBy)
        implements MemberDevelopmentEvent {
}
