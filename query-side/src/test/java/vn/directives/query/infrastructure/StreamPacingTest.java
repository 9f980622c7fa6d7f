package vn.directives.query.infrastructure;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackerStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A processor's paced stream ({@link StreamPacing}): it stops offering events 1,000 global indexes
 * ahead of what the processor has processed, calls its coordinator back once the processor is within
 * 500 again, and hands out the store's events, in order, with their tokens, whatever the pauses.
 */
class StreamPacingTest {

    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
    private final WakeableEventStore store = new WakeableEventStore(EmbeddedEventStore.builder()
            .storageEngine(engine)
            .fetchDelay(Duration.ofHours(1).toMillis()));
    private final StreamPacing pacing = new StreamPacing(Duration.ofMillis(1));

    @AfterEach
    void stop() {
        pacing.shutDown();
        store.shutDown();
    }

    @Test
    void holds_back_ahead_of_the_processor_and_calls_back_when_it_has_caught_up() throws Exception {
        engine.appendEvents(IntStream.range(0, 2_500).mapToObj(GenericEventMessage::asEventMessage).toList());
        AtomicLong processed = new AtomicLong(-1);
        BlockingStream<TrackedEventMessage<?>> stream =
                pacing.source(store, () -> OptionalLong.of(processed.get())).openStream(null);
        AtomicInteger calledBack = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(calledBack::incrementAndGet)).isTrue();

        List<TrackedEventMessage<?>> read = new ArrayList<>();
        while (stream.hasNextAvailable()) {
            read.add(stream.nextAvailable());
        }
        assertThat(read).as("events offered before the processor processed any").hasSize(1_000);
        assertThat(stream.peek()).as("the next event is there, only held back").isPresent();

        processed.set(400); // 599 ahead: still more than 500
        Thread.sleep(50);
        assertThat(calledBack).as("no call back while the processor is more than 500 behind").hasValue(0);
        assertThat(stream.hasNextAvailable()).as("held until within 500").isFalse();

        processed.set(499); // 500 ahead
        await("the call back").atMost(Duration.ofSeconds(10)).until(() -> calledBack.get() == 1);
        while (stream.hasNextAvailable()) {
            read.add(stream.nextAvailable());
        }
        assertThat(read).hasSize(1_500);

        processed.set(2_000);
        await("the second call back").atMost(Duration.ofSeconds(10)).until(() -> calledBack.get() == 2);
        while (stream.hasNextAvailable()) {
            read.add(stream.nextAvailable());
        }
        assertThat(read).as("every event, once").hasSize(2_500);
        assertThat(read.stream().map(event -> (Object) event.getPayload()).toList())
                .containsExactlyElementsOf(IntStream.range(0, 2_500).boxed().toList());
        assertThat(read).extracting(event -> event.trackingToken().position().orElseThrow())
                .containsExactlyElementsOf(IntStream.range(0, 2_500).mapToObj(Long::valueOf).toList());
        stream.close();
    }

    @Test
    void a_processor_with_no_segment_here_is_not_paced() throws Exception {
        engine.appendEvents(IntStream.range(0, 1_200).mapToObj(GenericEventMessage::asEventMessage).toList());
        BlockingStream<TrackedEventMessage<?>> stream = pacing.source(store, OptionalLong::empty).openStream(null);
        int read = 0;
        while (stream.hasNextAvailable()) {
            stream.nextAvailable();
            read++;
        }
        assertThat(read).isEqualTo(1_200);
        stream.close();
    }

    @Test
    void the_slowest_segment_decides_and_one_that_processed_nothing_counts_as_at_the_start() {
        assertThat(StreamPacing.slowest(Map.of())).as("no segment claimed here").isEmpty();
        Map<Integer, EventTrackerStatus> statuses = Map.of(
                0, new TrackerStatus(Segment.computeSegment(0, 0, 1), new GlobalSequenceTrackingToken(7_000)),
                1, new TrackerStatus(Segment.computeSegment(1, 0, 1), new GlobalSequenceTrackingToken(6_500)));
        assertThat(StreamPacing.slowest(statuses)).hasValue(6_500);
        Map<Integer, EventTrackerStatus> replaying = Map.of(
                0, new TrackerStatus(Segment.computeSegment(0, 0, 1),
                        ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(9_000), null)),
                1, new TrackerStatus(Segment.computeSegment(1, 0, 1), new GlobalSequenceTrackingToken(6_500)));
        assertThat(StreamPacing.slowest(replaying).orElseThrow()).as("a rebuild's segment that has processed nothing")
                .isLessThanOrEqualTo(0);
    }
}
