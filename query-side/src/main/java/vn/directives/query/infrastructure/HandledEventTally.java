package vn.directives.query.infrastructure;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directives.platform.eventstore.OutOfOrderDeliveries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Joins every processing group of the query side and counts the events the group processes in
 * {@code query.processor_tally}, per payload type and bucket of {@link #BUCKET} global indexes, in
 * the transaction of the batch that processes them (the one that also stores the processor's
 * token). It takes exactly the event types that the group's projections handle (as Axon decides it,
 * by asking the group's other handlers), so an event no projection of the group handles is neither
 * counted nor handed to the group at all: the processor moves past it without a unit of work and
 * without deserializing it. Reconciliation compares the counts with the store's events of those
 * types ({@link #handles(String)}).
 * <p>
 * One statement per batch adds the batch's counts. An event's global index is its tracking token's
 * index, which is the event's own unless the event filled a gap of the token (the token then keeps
 * the higher index it had reached: {@link OutOfOrderDeliveries}) or the token is not a plain
 * position (a merged segment's); for those few events the index is read from the event table by the
 * event's identifier, as it was for every event before (a statement per batch, 19% of PostgreSQL's
 * time while replaying).
 */
public final class HandledEventTally implements EventMessageHandler {

    /** Global indexes per bucket of the tally. */
    public static final long BUCKET = 10_000;

    private final String processor;
    private final JdbcTemplate jdbc;
    private final ProcessorFailures failures;
    private final OutOfOrderDeliveries outOfOrder;
    private final String batchKey;
    private final Supplier<List<EventMessageHandler>> projections;
    private final Map<Class<?>, Boolean> handledTypes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> handledNames = new ConcurrentHashMap<>();
    private volatile List<EventMessageHandler> siblings;

    HandledEventTally(String processor, JdbcTemplate jdbc, ProcessorFailures failures,
                      OutOfOrderDeliveries outOfOrder, Configuration axon) {
        this(processor, jdbc, failures, outOfOrder, () -> projectionsOf(axon, processor));
    }

    HandledEventTally(String processor, JdbcTemplate jdbc, ProcessorFailures failures,
                      OutOfOrderDeliveries outOfOrder, Supplier<List<EventMessageHandler>> projections) {
        this.processor = processor;
        this.jdbc = jdbc;
        this.failures = failures;
        this.outOfOrder = outOfOrder;
        this.projections = projections;
        this.batchKey = HandledEventTally.class.getName() + "/" + processor;
    }

    String processor() {
        return processor;
    }

    /** Whether the group's projections handle events stored under this payload type name. */
    public boolean handles(String payloadTypeName) {
        return handledNames.computeIfAbsent(payloadTypeName, name -> {
            try {
                return canHandleType(Class.forName(name, false, HandledEventTally.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError unknown) {
                return false; // no class, no handler: such events reach no projection
            }
        });
    }

    @Override
    public boolean canHandle(EventMessage<?> event) {
        return canHandleType(event.getPayloadType());
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return handledTypes.computeIfAbsent(payloadType,
                type -> siblings().stream().anyMatch(projection -> projection.canHandleType(type)));
    }

    @Override
    public Object handle(EventMessage<?> event) {
        if (!canHandle(event)) {
            return null; // the processor hands every handler the events any of them handles
        }
        if (!CurrentUnitOfWork.isStarted()) {
            // handed over directly, not by the processor's batch (a test driving the projection)
            Counts single = new Counts();
            single.add(event, ownIndex(event));
            count(single);
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Counts batch = unitOfWork.getOrComputeResource(batchKey, key -> {
            Counts counts = new Counts();
            unitOfWork.onPrepareCommit(committing -> count(counts));
            unitOfWork.afterCommit(committed -> failures.succeeded(processor));
            return counts;
        });
        batch.add(event, ownIndex(event));
        return null;
    }

    /**
     * The event's global index from its tracking token, or -1 when the token does not give it: no
     * token, a token that is not a plain position under its replay wrapping (a merged segment's), or
     * an event delivered below its token's index.
     */
    long ownIndex(EventMessage<?> event) {
        if (!(event instanceof TrackedEventMessage<?> tracked)) {
            return -1;
        }
        TrackingToken token = tracked.trackingToken();
        while (token instanceof ReplayToken replay) {
            token = replay.getCurrentToken();
        }
        if (token instanceof GapAwareTrackingToken position && !outOfOrder.contains(event.getIdentifier())) {
            return position.getIndex();
        }
        return -1;
    }

    /** A batch's counts: per payload type and bucket where the index is known, identifiers where not. */
    static final class Counts {

        /** Sorted by key, so that two segments adding to the same rows lock them in the same order. */
        private final TreeMap<String, TreeMap<Long, Long>> known = new TreeMap<>();
        private final List<String> unknown = new ArrayList<>();

        void add(EventMessage<?> event, long index) {
            if (index < 0) {
                unknown.add(event.getIdentifier());
            } else {
                known.computeIfAbsent(event.getPayloadType().getName(), type -> new TreeMap<>())
                        .merge(index / BUCKET, 1L, Long::sum);
            }
        }
    }

    /** A rebuild starts a new count: what the processor counted before no longer describes its read model. */
    @Override
    public void prepareReset() {
        jdbc.update("DELETE FROM query.processor_tally WHERE processor_name = ?", processor);
    }

    @Override
    public Class<?> getTargetType() {
        return HandledEventTally.class;
    }

    private List<EventMessageHandler> siblings() {
        List<EventMessageHandler> found = siblings;
        if (found == null) {
            found = projections.get().stream().filter(handler -> handler != this).toList();
            siblings = found;
        }
        return found;
    }

    /** The other handlers of the processor: the group's projections, as Axon wrapped them. */
    private static List<EventMessageHandler> projectionsOf(Configuration axon, String processor) {
        Optional<AbstractEventProcessor> found = axon.eventProcessingConfiguration()
                .eventProcessor(processor, AbstractEventProcessor.class);
        List<EventMessageHandler> handlers = new ArrayList<>();
        found.ifPresent(eventProcessor -> collect(eventProcessor.eventHandlerInvoker(), handlers));
        if (handlers.isEmpty()) {
            throw new IllegalStateException("processor " + processor + " has no event handlers to tally");
        }
        return handlers;
    }

    private static void collect(EventHandlerInvoker invoker, List<EventMessageHandler> handlers) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(delegate -> collect(delegate, handlers));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            handlers.addAll(simple.eventHandlers());
        }
    }

    /** Sorted by key, so that two segments adding to the same rows lock them in the same order. */
    private void count(Counts counts) {
        if (!counts.known.isEmpty()) {
            List<String> types = new ArrayList<>();
            List<Long> buckets = new ArrayList<>();
            List<Long> events = new ArrayList<>();
            counts.known.forEach((type, perBucket) -> perBucket.forEach((bucket, count) -> {
                types.add(type);
                buckets.add(bucket);
                events.add(count);
            }));
            jdbc.update("""
                    INSERT INTO query.processor_tally (processor_name, payload_type, bucket, events)
                    SELECT ?, payload_type, bucket, events
                      FROM unnest(?::varchar[], ?::bigint[], ?::bigint[]) WITH ORDINALITY
                           AS counted (payload_type, bucket, events, position)
                     ORDER BY position
                    ON CONFLICT (processor_name, payload_type, bucket)
                    DO UPDATE SET events = processor_tally.events + excluded.events""",
                    processor, types.toArray(String[]::new), buckets.toArray(Long[]::new), events.toArray(Long[]::new));
        }
        if (!counts.unknown.isEmpty()) {
            countLookingUp(counts.unknown);
        }
    }

    /** Counts events by their index and payload type as stored, found by their identifiers. */
    private void countLookingUp(List<String> identifiers) {
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
