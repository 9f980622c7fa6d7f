package vn.directives.events.partyorganization;

/** The members a dissolved organization hands to one of its successors. */
public record SuccessorShare(String partyOrganizationId, MemberCounts members) {
}
