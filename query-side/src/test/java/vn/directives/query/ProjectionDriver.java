package vn.directives.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hands events to the projection of one processing group the way its processor does: through the
 * processor's own handler invoker (Axon resolves {@code @SequenceNumber}, {@code @Timestamp} and
 * the rest), a batch per transaction. Events are domain events of the streams the test names,
 * numbered in each stream from 0 like the command side's aggregates number them; the timestamp
 * is the time the event was recorded.
 */
public final class ProjectionDriver {

    private final EventHandlerInvoker invoker;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Map<String, Long> nextSequence = new HashMap<>();

    private ProjectionDriver(EventHandlerInvoker invoker, TransactionTemplate transactions, JdbcClient jdbc) {
        this.invoker = invoker;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public static ProjectionDriver of(ApplicationContext context, String processingGroup) {
        AbstractEventProcessor processor = context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(processingGroup, AbstractEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + processingGroup));
        return new ProjectionDriver(processor.eventHandlerInvoker(),
                new TransactionTemplate(context.getBean(PlatformTransactionManager.class)),
                context.getBean(JdbcClient.class));
    }

    /** The next event of a stream, recorded at {@code recordedAt}; not applied yet. */
    public DomainEventMessage<?> event(String streamId, Object payload, Instant recordedAt) {
        return event(streamId, payload, recordedAt, Map.of());
    }

    /** The next event of a stream, with metadata (e.g. the acting user); not applied yet. */
    public DomainEventMessage<?> event(String streamId, Object payload, Instant recordedAt, Map<String, ?> metaData) {
        long sequence = nextSequence.merge(streamId, 0L, (previous, ignored) -> previous + 1);
        return new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), streamId, sequence, payload,
                MetaData.from(metaData), UUID.randomUUID().toString(), recordedAt);
    }

    /**
     * Applies the events in one transaction, in order, as one batch of the processor: in one unit
     * of work, so that writes the projection collects for the batch are sent when it commits.
     */
    public void apply(List<? extends DomainEventMessage<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(events.get(0));
            try {
                events.forEach(this::handle);
            } catch (RuntimeException e) {
                batch.rollback(e);
                throw e;
            }
            batch.commit();
        });
    }

    /** Applies every event twice in a row, as a redelivery after a failed batch would. */
    public void applyEachTwice(List<? extends DomainEventMessage<?>> events) {
        List<DomainEventMessage<?>> twice = new ArrayList<>();
        events.forEach(event -> {
            twice.add(event);
            twice.add(event);
        });
        apply(twice);
    }

    /** What a reset of the processor does to the projection before a replay. */
    public void reset() {
        transactions.executeWithoutResult(status -> invoker.performReset());
    }

    /** Every row of the tables as JSON, in a stable order, to compare states of the projection. */
    public Map<String, List<String>> rows(String... tables) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.sql("SELECT row_to_json(t)::text AS row FROM " + table + " t ORDER BY 1")
                    .query(String.class).list());
        }
        return rows;
    }

    private void handle(DomainEventMessage<?> event) {
        try {
            invoker.handle(event, Segment.ROOT_SEGMENT);
        } catch (Exception e) {
            throw new IllegalStateException("handling " + event.getPayloadType().getSimpleName() + " failed", e);
        }
    }
}
