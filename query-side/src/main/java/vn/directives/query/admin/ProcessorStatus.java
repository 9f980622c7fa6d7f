package vn.directives.query.admin;

import java.util.List;

/**
 * How far one processor has come: {@code position} is the global index every segment has moved past,
 * {@code head} the highest global index in the event store, {@code lag} their difference.
 * {@code runningHere}/{@code errorHere} describe this instance's share; segments claimed by another
 * instance show their owner and stored token only.
 */
record ProcessorStatus(String name, long position, long head, long lag, boolean replaying, boolean runningHere,
                       boolean errorHere, int segmentCount, int claimedSegments, int claimedHere,
                       List<Segment> segments, RebuildProgress rebuild) {

    /** One segment; {@code caughtUp}, {@code errorState} and {@code error} are known only where it is claimed. */
    record Segment(int segment, String owner, boolean claimedHere, long position, boolean replaying,
                   List<Long> gaps, Boolean caughtUp, Boolean errorState, String error) {
    }
}
