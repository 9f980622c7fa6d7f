package vn.directives.query.infrastructure;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

import java.util.Collections;
import java.util.SortedSet;

/**
 * Where one segment of a processor stands: its token (this instance's live status when it claims
 * the segment, the token table otherwise), its owner, and, when claimed here, Axon's status.
 * Positions are global indexes of the event store; a segment that has processed nothing is at 0.
 */
public record SegmentToken(int segment, String owner, boolean claimedHere, TrackingToken token,
                           EventTrackerStatus status) {

    /** The highest global index the segment has moved past (a merge counts its slower half). */
    public long position() {
        TrackingToken lowest = lowest();
        if (lowest instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex();
        }
        return lowest == null ? 0 : lowest.position().orElse(0);
    }

    /** Indexes below the position not seen yet: transactions still open (or rolled back) when read. */
    public SortedSet<Long> gaps() {
        return lowest() instanceof GapAwareTrackingToken gapAware ? gapAware.getGaps() : Collections.emptySortedSet();
    }

    /**
     * Whether the segment has moved past the event at {@code index}: the event was handed to it,
     * or (the gap-timeout hole) it gave up waiting for that index.
     */
    public boolean covers(long index) {
        return position() >= index && !gaps().contains(index);
    }

    /**
     * Whether the segment is still re-processing history after a reset. Axon keeps a replay token
     * until an event newer than the position at reset arrives, so the end of the replay is told
     * from the position reaching the position at reset.
     */
    public boolean replaying() {
        if (token == null || !ReplayToken.isReplay(token)) {
            return false;
        }
        return position() < ReplayToken.getTokenAtReset(token).orElse(0);
    }

    private TrackingToken lowest() {
        return token == null ? null : WrappedToken.unwrapLowerBound(token);
    }
}
