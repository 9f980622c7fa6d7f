package vn.directives.query.infrastructure;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Axon's embedded event store, with two ways to be woken instead of polled (docs/event-store.md,
 * "From a commit to the read models"):
 * <ul>
 *     <li>{@link #wake()}: its shared reader (the thread that reads the head of the store once for
 *     every processor at the head) looks for new events now instead of after its fetch delay. The
 *     query side never appends, so Axon itself never wakes it; {@link CommitListener} calls this
 *     when the command side commits.</li>
 *     <li>The streams it opens accept an availability callback ({@link BlockingStream#setOnAvailableCallback}),
 *     called each time the shared reader has made new events available. A pooled processor whose
 *     stream has none polls it every 500 ms (Axon 4.13's coordinator, fixed); with the callback
 *     it is scheduled at once, and polls only as a fallback (every claim-extension threshold).</li>
 * </ul>
 * The callbacks run on the shared reader's thread after the events are linked into the cache that
 * the streams read, so a processor woken by one always finds them.
 */
final class WakeableEventStore extends EmbeddedEventStore {

    private static final Logger log = LoggerFactory.getLogger(WakeableEventStore.class);

    private final Set<Runnable> callbacks = new CopyOnWriteArraySet<>();
    private final AtomicLong wakes = new AtomicLong();
    private final AtomicLong readUpTo = new AtomicLong(-1);
    private final EventStorageEngine watched;

    WakeableEventStore(Builder builder) {
        super(builder);
        this.watched = new WatchedEngine(super.storageEngine());
    }

    /** Makes the shared reader look for new events now (a no-op while no stream is at the head). */
    void wake() {
        wakes.incrementAndGet();
        afterCommit(List.of());
    }

    /** How often {@link #wake()} was called, for tests and the listener's logs. */
    long wakes() {
        return wakes.get();
    }

    /** The highest global index the shared reader has read (-1 before its first event). */
    long readUpTo() {
        return readUpTo.get();
    }

    @Override
    protected EventStorageEngine storageEngine() {
        // null only while Axon's constructor runs, before the field is set
        return watched != null ? watched : super.storageEngine();
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new CallbackStream(super.openStream(trackingToken));
    }

    private void eventsAvailable() {
        for (Runnable callback : callbacks) {
            try {
                callback.run();
            } catch (RuntimeException stopping) {
                // a processor shutting down refuses new tasks; it reopens its stream when it starts again
                log.debug("availability callback failed", stopping);
            }
        }
    }

    /** A stream of the store that also supports the availability callback. */
    private final class CallbackStream implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private volatile Runnable callback;

        CallbackStream(TrackingEventStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable() {
            return delegate.hasNextAvailable();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable newCallback) {
            Runnable previous = callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            callback = newCallback;
            callbacks.add(newCallback);
            return true;
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            delegate.close();
        }
    }

    /**
     * The storage engine as the store's shared reader sees it: its reads of the head ({@code mayBlock},
     * the shared reader's only reads) call the callbacks once each event they brought has been taken
     * by the reader, i.e. when the reader asks for the next one or finds the end. Every other call
     * is the engine's own.
     */
    private final class WatchedEngine implements EventStorageEngine {

        private final EventStorageEngine engine;

        WatchedEngine(EventStorageEngine engine) {
            this.engine = engine;
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(trackingToken, mayBlock);
            if (!mayBlock) {
                return events; // a private stream of one processor behind the head
            }
            Spliterator<? extends TrackedEventMessage<?>> source = events.spliterator();
            Spliterator<TrackedEventMessage<?>> announcing = new Spliterators.AbstractSpliterator<>(
                    Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {

                private boolean taken;

                @Override
                public boolean tryAdvance(Consumer<? super TrackedEventMessage<?>> action) {
                    if (taken) {
                        // the reader has linked the previous event and asks for the next one
                        taken = false;
                        eventsAvailable();
                    }
                    taken = source.tryAdvance(event -> {
                        event.trackingToken().position().ifPresent(index -> readUpTo.accumulateAndGet(index, Math::max));
                        action.accept(event);
                    });
                    return taken;
                }
            };
            return StreamSupport.stream(announcing, false).onClose(events::close);
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            engine.appendEvents(events);
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            engine.storeSnapshot(snapshot);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return engine.readSnapshot(aggregateIdentifier);
        }

        @Override
        public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
            return engine.lastSequenceNumberFor(aggregateIdentifier);
        }

        @Override
        public TrackingToken createTailToken() {
            return engine.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return engine.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return engine.createTokenAt(dateTime);
        }
    }
}
