package vn.directives.events.memberdevelopment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The probationary member was recognized official (công nhận đảng viên chính thức), twelve months or more after admission. */
@Revision("1")
public record MemberRecognizedOfficial(String candidateRef, String partyOrganizationId, LocalDate effectiveOn,
                                       String recordedBy) implements MemberDevelopmentEvent {
}
