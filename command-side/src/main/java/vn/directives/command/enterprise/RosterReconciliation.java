package vn.directives.command.enterprise;

/**
 * A Party organization's members as the roster will hold them once the list is imported (the members the
 * roster already registers there and the file does not move, and the file's rows registered there), beside
 * the members by status its events have counted (founding or recording, admissions, recognitions,
 * transfers, exits, reorganizations). The roster never moves the counts: where they disagree, the
 * report says so ({@code agrees} false, with a message), and the counts are corrected by recording the
 * facts that are missing. A notice, not a problem: it does not stop the import.
 */
record RosterReconciliation(String partyOrganizationId, String enterpriseTaxCode, String enterpriseName,
                            int rosterOfficial, int rosterProbationary, int recordedOfficial,
                            int recordedProbationary, boolean agrees, String message, String message_en) {
}
