package vn.directives.query.infrastructure;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins every processing group of the query side and counts the events the group processes in
 * {@code query.processor_tally}, per payload type and bucket of {@link #BUCKET} global indexes, in
 * the transaction of the batch that processes them (the one that also stores the processor's
 * token). It handles every event type, so each event of the store is counted exactly when a segment
 * of the processor processed it; reconciliation compares the counts with the store.
 * <p>
 * One statement per batch: it takes each event's exact global index and payload type from the event
 * table by the event's identifier (a token's index is not always the event's own), and adds the
 * batch's counts. The handler takes the message, not its payload, so an event the projection does
 * not handle is never deserialized.
 */
public final class HandledEventTally {

    /** Global indexes per bucket of the tally. */
    public static final long BUCKET = 10_000;

    private final String processor;
    private final JdbcTemplate jdbc;
    private final ProcessorFailures failures;
    private final String batchKey;

    HandledEventTally(String processor, JdbcTemplate jdbc, ProcessorFailures failures) {
        this.processor = processor;
        this.jdbc = jdbc;
        this.failures = failures;
        this.batchKey = HandledEventTally.class.getName() + "/" + processor;
    }

    String processor() {
        return processor;
    }

    @EventHandler
    void on(EventMessage<?> event) {
        if (!CurrentUnitOfWork.isStarted()) {
            // handed over directly, not by the processor's batch (a test driving the projection)
            count(List.of(event.getIdentifier()));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        List<String> batch = unitOfWork.getOrComputeResource(batchKey, key -> {
            List<String> identifiers = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> count(identifiers));
            unitOfWork.afterCommit(committed -> failures.succeeded(processor));
            return identifiers;
        });
        batch.add(event.getIdentifier());
    }

    /** A rebuild starts a new count: what the processor counted before no longer describes its read model. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM query.processor_tally WHERE processor_name = ?", processor);
    }

    /** Sorted by key, so that two segments adding to the same rows lock them in the same order. */
    private void count(List<String> identifiers) {
        jdbc.update("""
                INSERT INTO query.processor_tally (processor_name, payload_type, bucket, events)
                SELECT ?, payload_type, global_index / %d, count(*)
                  FROM events.domain_event_entry
                 WHERE event_identifier = ANY (?)
                 GROUP BY 2, 3
                 ORDER BY 2, 3
                ON CONFLICT (processor_name, payload_type, bucket)
                DO UPDATE SET events = processor_tally.events + excluded.events""".formatted(BUCKET),
                processor, identifiers.toArray(String[]::new));
    }
}
