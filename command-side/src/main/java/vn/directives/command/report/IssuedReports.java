package vn.directives.command.report;

import java.time.LocalDate;
import java.util.Map;

/** What issuing needs beyond the draft itself: the numbers already taken, and where issued bytes are kept. */
interface IssuedReports {

    /** The directive's issue date, empty when no directive has this id. */
    java.util.Optional<LocalDate> directiveIssuedOn(String directiveId);

    /** Takes the number for this draft; false when the issuing body already used it that year. */
    boolean claimNumber(String numberSuffix, int year, String number, String draftId);

    /** Keeps the exact bytes of each issued format with their SHA-256 (hex, by format). */
    void keep(String draftId, Map<String, byte[]> files, Map<String, String> sha256);
}
