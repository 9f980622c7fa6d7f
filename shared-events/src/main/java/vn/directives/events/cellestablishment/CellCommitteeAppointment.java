package vn.directives.events.cellestablishment;

/** One member appointed to the new organization's committee, by pseudonymous reference. */
public record CellCommitteeAppointment(String memberRef, CellCommitteePost post) {
}
