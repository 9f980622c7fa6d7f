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

    public boolean hasNone() {
        return official == 0 && probationary == 0 && temporary == 0;
    }
}
