package vn.directives.query.infrastructure;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event store's two wake-ups (docs/event-store.md, "From a commit to the read models"), with a
 * fetch delay of an hour so that only a wake-up can bring an event: {@link WakeableEventStore#wake()}
 * makes the shared reader read an event appended behind the store's back (as the command side
 * appends), and a stream at the head calls its processor back only once it can take that event.
 */
class WakeableEventStoreTest {

    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
    private final WakeableEventStore store = new WakeableEventStore(EmbeddedEventStore.builder()
            .storageEngine(engine)
            .fetchDelay(Duration.ofHours(1).toMillis()));

    @AfterEach
    void stop() {
        store.shutDown();
    }

    @Test
    void a_wake_reads_an_event_appended_elsewhere_and_calls_back_a_stream_that_can_take_it() throws Exception {
        TrackingEventStream stream = store.openStream(null);
        assertThat(stream.hasNextAvailable()).as("nothing stored yet: the stream follows the shared reader").isFalse();
        List<Boolean> availableWhenCalledBack = new CopyOnWriteArrayList<>();
        assertThat(stream.setOnAvailableCallback(() -> availableWhenCalledBack.add(stream.hasNextAvailable())))
                .as("the callback is supported").isTrue();

        engine.appendEvents(GenericEventMessage.asEventMessage("registered"));
        store.wake();

        await("the callback").atMost(Duration.ofSeconds(30)).until(() -> !availableWhenCalledBack.isEmpty());
        assertThat(availableWhenCalledBack).containsOnly(true);
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("registered");
        assertThat(store.readUpTo()).isEqualTo(0);
    }

    @Test
    void a_closed_stream_is_no_longer_called_back() throws Exception {
        TrackingEventStream open = store.openStream(null);
        TrackingEventStream closed = store.openStream(null);
        assertThat(open.hasNextAvailable()).isFalse();
        assertThat(closed.hasNextAvailable()).isFalse();
        List<String> calledBack = new CopyOnWriteArrayList<>();
        open.setOnAvailableCallback(() -> calledBack.add("open"));
        closed.setOnAvailableCallback(() -> calledBack.add("closed"));
        closed.close();

        engine.appendEvents(GenericEventMessage.asEventMessage("registered"));
        store.wake();

        await("the open stream's callback").atMost(Duration.ofSeconds(30)).until(() -> !calledBack.isEmpty());
        assertThat(calledBack).containsOnly("open");
    }
}
