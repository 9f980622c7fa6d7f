package vn.directives.events.trainingcourse;

/** How one participant did: attended the course, passed it, was issued the certificate. */
public record ParticipantResult(String participantRef, boolean attended, boolean passed, boolean certificateIssued) {
}
