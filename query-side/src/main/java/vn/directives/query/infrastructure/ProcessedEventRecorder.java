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
 * Joins every processing group of the query side and records each event the group processes in
 * {@code query.processed_event}, in the transaction of the batch that processes it (the same
 * transaction that stores the processor's token). It handles every event type, so every event of
 * the store is handled by exactly one segment of every processor (the one its sequencing policy
 * picks) and therefore recorded exactly when that segment processed it; reconciliation compares
 * these records with the event store.
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
    void on(Object payload, EventMessage<?> event) {
        if (!CurrentUnitOfWork.isStarted()) {
            // handed over directly, not by the processor's batch (a test driving the projection)
            record(List.of(event.getIdentifier()));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get();
        List<String> identifiers = batch.getOrComputeResource(batchKey, key -> {
            List<String> collected = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> record(collected));
            return collected;
        });
        identifiers.add(event.getIdentifier());
    }

    /** A rebuild starts a new proof: what the processor recorded before no longer describes its read model. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM query.processed_event WHERE processor_name = ?", processor);
    }

    private void record(List<String> eventIdentifiers) {
        jdbc.update("""
                INSERT INTO query.processed_event (processor_name, global_index)
                SELECT ?, global_index FROM events.domain_event_entry WHERE event_identifier = ANY (?)
                ON CONFLICT DO NOTHING""", processor, eventIdentifiers.toArray(String[]::new));
    }
}
