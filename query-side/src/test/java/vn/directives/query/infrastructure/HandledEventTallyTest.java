package vn.directives.query.infrastructure;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

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
    private final HandledEventTally tally = new HandledEventTally("test-group", null, null,
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
    void a_processor_of_another_version_is_asked_about_every_type() {
        ProcessorTallies tallies = new ProcessorTallies();
        tallies.add(tally);
        assertThat(tallies.handles("test-group", "java.lang.Integer")).isFalse();
        assertThat(tallies.handles("test-group", "java.lang.String")).isTrue();
        assertThat(tallies.handles("left-by-an-older-version", "java.lang.Integer")).isTrue();
    }
}
