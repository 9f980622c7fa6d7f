package vn.directives.events.memberdevelopment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A person working in the enterprise was registered as a candidate for admission (quần chúng ưu tú). */
@Revision("1")
public record CandidateRegistered(String candidateRef, String enterpriseTaxCode, CandidateCategory category,
                                  LocalDate effectiveOn, String recordedBy) implements MemberDevelopmentEvent {
}
