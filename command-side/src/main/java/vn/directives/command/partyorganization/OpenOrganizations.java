package vn.directives.command.partyorganization;

/** Whether a Party organization exists and is not closed (merged into another, dissolved). */
@FunctionalInterface
interface OpenOrganizations {

    boolean isOpen(String partyOrganizationId);
}
