package vn.directives.events.memberdevelopment;

import java.time.LocalDate;

/**
 * The way of one person into the Party (phát triển đảng viên): registered as a candidate (quần
 * chúng ưu tú) of an enterprise, passed the Party awareness course, admitted as a probationary
 * member (đảng viên dự bị), recognized official (công nhận chính thức) after twelve months; or
 * dropped before admission. The person is named only by a pseudonymous reference.
 */
public sealed interface MemberDevelopmentEvent permits CandidateRegistered, AwarenessCoursePassed, CandidateAdmitted,
        MemberRecognizedOfficial, CandidateDropped {

    /** The pseudonymous reference of the person (the same one a training course enrols them by). */
    String candidateRef();

    /** When it happened, as the user stated it (the event's timestamp says when it was recorded). */
    LocalDate effectiveOn();
}
