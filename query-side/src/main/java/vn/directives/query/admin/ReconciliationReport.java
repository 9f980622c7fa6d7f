package vn.directives.query.admin;

import java.time.Instant;
import java.util.List;

/**
 * Whether every stored event reached every processor: per processor, the events of the store at
 * or below {@code checkedThrough} (the position every segment had moved past) that it never
 * processed, with their count; {@code clean} when there are none anywhere.
 */
record ReconciliationReport(Instant checkedAt, long head, boolean clean, List<Processor> processors) {

    record Processor(String processor, long checkedThrough, long missingCount, List<MissingEvent> missing) {
    }

    /** An event a processor moved past without processing it. */
    record MissingEvent(long globalIndex, String payloadType, String aggregateIdentifier, long sequenceNumber,
                        String timestamp) {
    }
}
