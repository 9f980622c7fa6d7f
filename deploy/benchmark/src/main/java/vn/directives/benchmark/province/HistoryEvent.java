package vn.directives.benchmark.province;

import java.time.Instant;
import java.util.Map;

/**
 * One event of a generated history, exactly as the command side would have recorded it: the
 * aggregate it belongs to (type as Axon names it, identifier, sequence number), the event record
 * from shared-events, the audit metadata and the moment it was recorded.
 */
public record HistoryEvent(String eventId, String aggregateType, String aggregateId, long sequence, Object payload,
                           Map<String, String> metaData, Instant recordedAt) {
}
