package vn.directives.events.partyorganization;

/** How many members of each status: those moved by a reorganization, or those leaving with it. */
public record MemberCounts(int official, int probationary, int temporary) {

    public static final MemberCounts NONE = new MemberCounts(0, 0, 0);

    public MemberCounts {
        if (official < 0 || probationary < 0 || temporary < 0) {
            throw new IllegalArgumentException("Member counts cannot be negative");
        }
    }

    public MemberCounts plus(MemberCounts other) {
        return new MemberCounts(official + other.official, probationary + other.probationary,
                temporary + other.temporary);
    }

    /**
     * Official members of an organization, from its running sums: members transferred out officially
     * carry no status, so they are taken from the official members first. The command side and the
     * report count by this rule (the read models by the same rule in SQL), so the order in which
     * facts were recorded never changes a count.
     */
    public static long officialAfterTransfersOut(long official, long transferredOut) {
        return Math.max(official - transferredOut, 0);
    }

    /** Probationary members, from the same sums: what the official ones could not cover of the transfers out. */
    public static long probationaryAfterTransfersOut(long official, long probationary, long transferredOut) {
        return probationary - Math.max(transferredOut - official, 0);
    }

    public boolean hasNone() {
        return official == 0 && probationary == 0 && temporary == 0;
    }
}
