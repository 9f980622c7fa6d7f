package vn.directives.query.admin;

import java.time.Instant;
import java.util.List;

/**
 * How far one processor has come: {@code position} is the global index every segment has moved past,
 * {@code head} the highest global index in the event store, {@code lag} their difference.
 * {@code runningHere}/{@code errorHere} describe this instance's share; segments claimed by another
 * instance show their owner and stored token only. {@code failure} is set while the processor's
 * batches fail on this instance (each failed batch is given up and retried): {@code errorHere} is then
 * true too, and {@code retrying} tells whether the processor still runs, i.e. will try again.
 * {@code processingGroups} are the read models' processing groups the processor runs (its own name
 * alone unless {@code directives.query.processors.layout} combines several; a rebuild rebuilds them all).
 */
record ProcessorStatus(String name, long position, long head, long lag, boolean replaying, boolean runningHere,
                       boolean errorHere, int segmentCount, int claimedSegments, int claimedHere,
                       List<Segment> segments, RebuildProgress rebuild, Failure failure,
                       List<String> processingGroups) {

    /** The last error of a failing batch (exception classes only), since when batches fail, how many did. */
    record Failure(String lastError, String rootCause, Instant since, Instant lastFailedAt, long failedBatches,
                   boolean retrying) {
    }

    /** One segment; {@code caughtUp}, {@code errorState} and {@code error} are known only where it is claimed. */
    record Segment(int segment, String owner, boolean claimedHere, long position, boolean replaying,
                   List<Long> gaps, Boolean caughtUp, Boolean errorState, String error) {
    }
}
