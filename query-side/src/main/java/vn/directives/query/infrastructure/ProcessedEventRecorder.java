package vn.directives.query.infrastructure;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins every processing group of the query side and records each event the group processes in
 * {@code query.processed_event}, in the transaction of the batch that processes it (the same
 * transaction that stores the processor's token). It handles every event type, so every event of
 * the store is handled by exactly one segment of every processor (the one its sequencing policy
 * picks) and therefore recorded exactly when that segment processed it; reconciliation compares
 * these records with the event store.
 * <p>
 * Replay writes the records of a whole batch in one statement, just before the batch commits. The
 * handler takes the message, not its payload, so an event the projection does not handle is never
 * deserialized, and the event's global index comes from its tracking token, so recording needs no
 * lookup in the event table. The records stay one row per event and processor: reconciliation
 * lists a skipped event by the row that is not there.
 */
final class ProcessedEventRecorder {

    private final String processor;
    private final JdbcTemplate jdbc;
    private final String batchKey;

    ProcessedEventRecorder(String processor, JdbcTemplate jdbc) {
        this.processor = processor;
        this.jdbc = jdbc;
        this.batchKey = ProcessedEventRecorder.class.getName() + "/" + processor;
    }

    String processor() {
        return processor;
    }

    @EventHandler
    void on(EventMessage<?> event) {
        if (!CurrentUnitOfWork.isStarted()) {
            // handed over directly, not by the processor's batch (a test driving the projection)
            record(new Batch(), event);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Batch batch = unitOfWork.getOrComputeResource(batchKey, key -> {
            Batch collected = new Batch();
            unitOfWork.onPrepareCommit(committing -> record(collected));
            return collected;
        });
        batch.add(event);
    }

    /** A rebuild starts a new proof: what the processor recorded before no longer describes its read model. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM query.processed_event WHERE processor_name = ?", processor);
    }

    private void record(Batch batch, EventMessage<?> event) {
        batch.add(event);
        record(batch);
    }

    private void record(Batch batch) {
        jdbc.update("""
                INSERT INTO query.processed_event (processor_name, global_index)
                SELECT ?, unnest(?::bigint[])
                UNION ALL
                SELECT ?, global_index FROM events.domain_event_entry WHERE event_identifier = ANY (?)
                ON CONFLICT DO NOTHING""",
                processor, batch.globalIndexes.toArray(Long[]::new),
                processor, batch.identifiers.toArray(String[]::new));
    }

    /**
     * What one batch processed: the global index of an event whose token names it exactly (a
     * segment's plain or replaying token), else its identifier, looked up in the event table (a
     * merged segment's token stands for two positions).
     */
    private static final class Batch {

        private final List<Long> globalIndexes = new ArrayList<>();
        private final List<String> identifiers = new ArrayList<>();

        void add(EventMessage<?> event) {
            TrackingToken token = event instanceof TrackedEventMessage<?> tracked ? tracked.trackingToken() : null;
            if (token instanceof ReplayToken replaying) {
                token = replaying.getCurrentToken();
            }
            if (token instanceof GapAwareTrackingToken position) {
                globalIndexes.add(position.getIndex());
            } else {
                identifiers.add(event.getIdentifier());
            }
        }
    }
}
