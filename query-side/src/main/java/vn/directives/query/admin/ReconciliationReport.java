package vn.directives.query.admin;

import java.time.Instant;
import java.util.List;

/**
 * Whether every stored event reached every processor: per processor, up to {@code checkedThrough}
 * (the position every segment had moved past), the events of the store it never processed, counted
 * per payload type and range of global indexes ({@code missing}), and the read-model rows that its
 * events should have made but that are not there ({@code missingRows}); {@code clean} when there
 * are none anywhere.
 */
record ReconciliationReport(Instant checkedAt, long head, boolean clean, List<Processor> processors) {

    record Processor(String processor, long checkedThrough, long missingCount, List<MissingEvents> missing,
                     List<MissingRow> missingRows) {
    }

    /** {@code count} stored events of the type in [{@code fromIndex}, {@code toIndex}] the processor did not process. */
    record MissingEvents(String payloadType, long fromIndex, long toIndex, long stored, long processed, long count) {
    }

    /** The event at {@code globalIndex} should have made the row {@code id} of {@code table}; it is not there. */
    record MissingRow(String table, String id, long globalIndex) {
    }
}
