package vn.directives.query.infrastructure;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.MergedTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import vn.directives.platform.eventstore.OutOfOrderDeliveries;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tally takes exactly the event types its group's projections handle, as Axon decides it; the
 * counting itself, and reconciliation built on it, are tried against the database in
 * {@code ProcessorAdministrationTest}.
 */
class HandledEventTallyTest {

    static class Projection {
        @EventHandler
        void on(CharSequence text) {
        }
    }

    private final AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(new Projection());
    private final OutOfOrderDeliveries outOfOrder = new OutOfOrderDeliveries();
    private final HandledEventTally tally = new HandledEventTally("test-group", null, null, outOfOrder,
            () -> List.of(projection));

    @Test
    void takes_the_types_its_projections_handle_and_their_subtypes_only() {
        assertThat(tally.canHandle(GenericEventMessage.asEventMessage("a finding"))).isTrue();
        assertThat(tally.canHandleType(StringBuilder.class)).isTrue();
        assertThat(tally.canHandle(GenericEventMessage.asEventMessage(42))).isFalse();
    }

    @Test
    void answers_for_stored_type_names_and_handles_no_unknown_type() {
        assertThat(tally.handles("java.lang.String")).isTrue();
        assertThat(tally.handles("java.lang.Integer")).isFalse();
        assertThat(tally.handles("vn.directives.test.NoSuchEvent")).isFalse();
    }

    @Test
    void an_event_of_another_type_handed_over_is_not_counted() {
        // no database behind this tally: counting would fail
        assertThat(tally.handle(GenericEventMessage.asEventMessage(42))).isNull();
    }

    @Test
    void an_event_s_index_is_its_token_s_under_a_replay_and_unknown_when_the_token_may_be_past_it() {
        GenericEventMessage<String> finding = new GenericEventMessage<>("a finding");
        TrackingToken at42 = GapAwareTrackingToken.newInstance(42, List.of(40L));

        assertThat(tally.ownIndex(new GenericTrackedEventMessage<>(at42, finding))).isEqualTo(42);
        assertThat(tally.ownIndex(new GenericTrackedEventMessage<>(
                ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(90, List.of()), at42), finding)))
                .as("replaying").isEqualTo(42);
        assertThat(tally.ownIndex(new GenericTrackedEventMessage<>(new MergedTrackingToken(at42,
                GapAwareTrackingToken.newInstance(45, List.of())), finding))).as("segments merging").isEqualTo(-1);
        assertThat(tally.ownIndex(finding)).as("no token").isEqualTo(-1);

        GenericEventMessage<String> late = new GenericEventMessage<>("a finding committed late");
        outOfOrder.record(late.getIdentifier());
        assertThat(tally.ownIndex(new GenericTrackedEventMessage<>(at42, late))).as("filled a gap").isEqualTo(-1);
    }

    @Test
    void a_processor_of_another_version_is_asked_about_every_type() {
        ProcessorTallies tallies = new ProcessorTallies();
        tallies.add(tally);
        assertThat(tallies.handles("test-group", "java.lang.Integer")).isFalse();
        assertThat(tallies.handles("test-group", "java.lang.String")).isTrue();
        assertThat(tallies.handles("left-by-an-older-version", "java.lang.Integer")).isTrue();
    }
}
