package vn.directives.events.trainingcourse;

/**
 * A person enrolled in a course, as a pseudonymous reference the client gives (e.g. the member
 * registry's id) and the unit they come from. Never a name, a Party card number or a citizen ID.
 */
public record Participant(String participantRef, String unitId) {
}
