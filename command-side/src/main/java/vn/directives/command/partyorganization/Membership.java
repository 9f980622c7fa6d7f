package vn.directives.command.partyorganization;

import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.MemberStatus;

/**
 * An organization's members by status, as its events count them. Transfers do not say which kind of
 * member moved: a member transferred in counts as official, and members transferred out are taken
 * from the official members first, then from the probationary ones when there are not enough
 * official members. Kept as sums so that the order of events does not matter: the query side counts
 * a date's members by the same formula from the same sums.
 */
final class Membership {

    /** Official members founded, transferred in, recognized, received, less those who left or moved on. */
    private int official;
    /** Probationary members founded or admitted, received, less those recognized, who left or moved on. */
    private int probationary;
    /** Members transferred out officially (any status). */
    private int transferredOut;
    private int temporary;

    void add(MemberStatus status, int members) {
        switch (status) {
            case OFFICIAL -> official += members;
            case PROBATIONARY -> probationary += members;
            case TEMPORARY -> temporary += members;
        }
    }

    void add(MemberCounts counts, int sign) {
        official += sign * counts.official();
        probationary += sign * counts.probationary();
        temporary += sign * counts.temporary();
    }

    void transferredOut(int members) {
        transferredOut += members;
    }

    int of(MemberStatus status) {
        return switch (status) {
            case OFFICIAL -> (int) MemberCounts.officialAfterTransfersOut(official, transferredOut);
            case PROBATIONARY -> (int) MemberCounts.probationaryAfterTransfersOut(official, probationary, transferredOut);
            case TEMPORARY -> temporary;
        };
    }

    /** Official and probationary members: temporary ones are counted by their own organization. */
    int total() {
        return official + probationary - transferredOut;
    }

    MemberCounts counts() {
        return new MemberCounts(of(MemberStatus.OFFICIAL), of(MemberStatus.PROBATIONARY), of(MemberStatus.TEMPORARY));
    }
}
