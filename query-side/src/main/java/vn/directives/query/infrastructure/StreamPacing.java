package vn.directives.query.infrastructure;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Keeps a pooled processor's coordinator from filling its work packages' buffers, and wakes it as
 * soon as they have room again (docs/event-store.md, "Rebuilding one read model").
 * <p>
 * Axon 4.13's coordinator offers every event it reads to each work package's queue, which holds up
 * to 1,024 events. When a queue is full at the end of a coordination run, the coordinator schedules
 * its next run <em>100 ms</em> later, fixed, and nothing can bring that run forward (its immediate
 * reschedules are refused while the delayed one is pending). While a processor replays, its reading
 * is faster than its applying, so the queue fills at every read: during a rebuild of the task board
 * the coordinator was found waiting on that timer in 91% of the thread samples and the worker idle
 * in 35% of them, each waiting for the other.
 * <p>
 * The processor's stream therefore stops offering events ({@code hasNextAvailable()} answers
 * {@code false}) once it has handed out {@value #AHEAD} global indexes more than the processor's
 * slowest segment on this instance has processed, which keeps every queue below Axon's 1,024: the
 * coordinator then ends its run as for a stream with nothing new, whose wait its availability
 * callback interrupts. A check every {@code interval} calls that callback once the segments are
 * within {@value #RESUME} indexes again. Only <em>when</em> the coordinator reads changes, never
 * what it reads: the events, their order and tokens are the store's (the gap-free statements).
 */
final class StreamPacing {

    /** Global indexes a stream may hand out beyond what its processor processed: under Axon's 1,024. */
    static final int AHEAD = 1_000;
    /** How far behind the processor's segments may be for the stream to offer events again. */
    static final int RESUME = 500;

    private static final Logger log = LoggerFactory.getLogger(StreamPacing.class);

    private final ScheduledExecutorService checks =
            Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("StreamPacing"));
    private final long intervalNanos;

    StreamPacing(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /**
     * The event store as the named processor should read it: paced by the positions of its segments
     * on this instance, looked up in Axon's configuration once the processor exists.
     */
    StreamableMessageSource<TrackedEventMessage<?>> source(String processor, Configuration configuration) {
        StreamableMessageSource<TrackedEventMessage<?>> store = configuration.eventStore();
        Supplier<Optional<StreamingEventProcessor>> lookup = new Supplier<>() {
            private volatile StreamingEventProcessor found;

            @Override
            public Optional<StreamingEventProcessor> get() {
                if (found == null) {
                    found = configuration.eventProcessingConfiguration()
                            .eventProcessor(processor, StreamingEventProcessor.class).orElse(null);
                }
                return Optional.ofNullable(found);
            }
        };
        return source(store, () -> lookup.get().map(p -> slowest(p.processingStatus())).orElse(OptionalLong.empty()));
    }

    /**
     * {@code store} paced by {@code processed}: the lowest global index the processor's segments on
     * this instance have processed, empty when it claims none (no pacing then).
     */
    StreamableMessageSource<TrackedEventMessage<?>> source(StreamableMessageSource<TrackedEventMessage<?>> store,
                                                           Supplier<OptionalLong> processed) {
        return new PacedSource(store, processed);
    }

    /** The lowest position among the segments; -1 for a segment that has processed nothing yet. */
    static OptionalLong slowest(Map<Integer, EventTrackerStatus> statuses) {
        if (statuses.isEmpty()) {
            return OptionalLong.empty();
        }
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus status : statuses.values()) {
            lowest = Math.min(lowest, status.getCurrentPosition().orElse(-1));
        }
        return OptionalLong.of(lowest);
    }

    void shutDown() {
        checks.shutdownNow();
    }

    private final class PacedSource implements StreamableMessageSource<TrackedEventMessage<?>> {

        private final StreamableMessageSource<TrackedEventMessage<?>> store;
        private final Supplier<OptionalLong> processed;

        PacedSource(StreamableMessageSource<TrackedEventMessage<?>> store, Supplier<OptionalLong> processed) {
            this.store = store;
            this.processed = processed;
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
            long from = trackingToken == null ? -1 : trackingToken.position().orElse(-1);
            return new PacedStream(store.openStream(trackingToken), processed, from);
        }

        @Override
        public TrackingToken createTailToken() {
            return store.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return store.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return store.createTokenAt(dateTime);
        }

        @Override
        public TrackingToken createTokenSince(Duration duration) {
            return store.createTokenSince(duration);
        }
    }

    /** One coordinator's stream; every method but the pacing check runs on the coordinator's thread. */
    private final class PacedStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private final Supplier<OptionalLong> processed;
        private final AtomicBoolean held = new AtomicBoolean();
        private volatile long delivered;
        private volatile Runnable callback;
        private volatile boolean closed;

        PacedStream(BlockingStream<TrackedEventMessage<?>> delegate, Supplier<OptionalLong> processed, long from) {
            this.delegate = delegate;
            this.processed = processed;
            this.delivered = from;
        }

        /**
         * Whether the processor is {@value #AHEAD} or more behind what this stream handed out, or was
         * and is not yet within {@value #RESUME} again.
         */
        private boolean holding() {
            if (held.get()) {
                return true;
            }
            OptionalLong done = processed.get();
            if (done.isEmpty() || delivered - done.getAsLong() < AHEAD) {
                return false;
            }
            if (held.compareAndSet(false, true)) {
                checks.schedule(this::resumeWhenCaughtUp, intervalNanos, TimeUnit.NANOSECONDS);
            }
            return true;
        }

        private void resumeWhenCaughtUp() {
            if (closed) {
                held.set(false);
                return;
            }
            OptionalLong done = processed.get();
            if (done.isPresent() && delivered - done.getAsLong() > RESUME) {
                checks.schedule(this::resumeWhenCaughtUp, intervalNanos, TimeUnit.NANOSECONDS);
                return;
            }
            held.set(false);
            Runnable wake = callback;
            if (wake != null) {
                try {
                    wake.run();
                } catch (RuntimeException stopping) {
                    // a processor shutting down refuses new tasks; it reopens its stream when it starts again
                    log.debug("availability callback failed", stopping);
                }
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return !holding() && delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public boolean hasNextAvailable() {
            return !holding() && delegate.hasNextAvailable();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            TrackedEventMessage<?> event = delegate.nextAvailable();
            OptionalLong position = event.trackingToken().position();
            if (position.isPresent() && position.getAsLong() > delivered) {
                delivered = position.getAsLong();
            }
            return event;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable newCallback) {
            callback = newCallback;
            return delegate.setOnAvailableCallback(newCallback);
        }

        @Override
        public void close() {
            closed = true;
            delegate.close();
        }
    }
}
