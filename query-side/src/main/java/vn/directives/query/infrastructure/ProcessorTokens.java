package vn.directives.query.infrastructure;

import org.axonframework.eventhandling.Segment;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/** Every segment of one processor, as stored in the token table and seen live by this instance. */
public record ProcessorTokens(String name, List<SegmentToken> segments) {

    /** The global index every segment has moved past; 0 while the processor has no token yet. */
    public long position() {
        return segments.stream().mapToLong(SegmentToken::position).min().orElse(0);
    }

    /** Whether every segment has moved past the event at {@code index}. */
    public boolean covers(long index) {
        return !segments.isEmpty() && segments.stream().allMatch(segment -> segment.covers(index));
    }

    /** The highest global index some segment has moved past; 0 while the processor has no token yet. */
    public long furthest() {
        return segments.stream().mapToLong(SegmentToken::position).max().orElse(0);
    }

    /**
     * Whether the segment responsible for the event at {@code index} of the sequence
     * {@code sequenceIdentifier} (the aggregate, under Axon's default sequencing policy) has moved past
     * it. Only that segment's token says so: a segment that merely skipped the event stores its token
     * late, so the slowest segment's position can stay below an event already processed.
     */
    public boolean covers(long index, Object sequenceIdentifier) {
        int[] ids = segments.stream().mapToInt(SegmentToken::segment).toArray();
        int hash = Objects.hashCode(sequenceIdentifier);
        return segments.stream()
                .filter(segment -> Segment.computeSegment(segment.segment(), ids).matches(hash))
                .findFirst()
                .map(segment -> segment.covers(index))
                .orElse(false);
    }

    public boolean replaying() {
        return segments.stream().anyMatch(SegmentToken::replaying);
    }

    /** The indexes some segment is still waiting for. */
    public SortedSet<Long> gaps() {
        SortedSet<Long> gaps = new TreeSet<>();
        segments.forEach(segment -> gaps.addAll(segment.gaps()));
        return gaps;
    }
}
