package vn.directives.query.infrastructure;

import java.util.List;
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
