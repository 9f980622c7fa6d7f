package vn.directives.query.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which processor runs each processing group, as {@code directives.query.processors.layout} describes it. */
class ProcessorLayoutTest {

    private static final List<String> GROUPS = List.of("directives", "task-board", "task-timeline", "units-in-time");

    @Test
    void without_a_layout_every_group_is_a_processor_named_after_it() {
        ProcessorLayout layout = ProcessorLayout.of("", GROUPS);

        assertThat(layout.processors()).isEqualTo(Map.of("directives", List.of("directives"),
                "task-board", List.of("task-board"), "task-timeline", List.of("task-timeline"),
                "units-in-time", List.of("units-in-time")));
        assertThat(layout.processorOf("task-board")).isEqualTo("task-board");
        assertThat(layout.combines("task-board")).isFalse();
    }

    @Test
    void a_star_takes_every_group_not_named_elsewhere() {
        ProcessorLayout layout = ProcessorLayout.of(" task-timeline = task-timeline ; other-read-models=* ", GROUPS);

        assertThat(layout.processors()).containsExactly(
                Map.entry("other-read-models", List.of("directives", "task-board", "units-in-time")),
                Map.entry("task-timeline", List.of("task-timeline")));
        assertThat(layout.processorOf("directives")).isEqualTo("other-read-models");
        assertThat(layout.combines("other-read-models")).isTrue();
        assertThat(layout.combines("task-timeline")).isFalse();
    }

    @Test
    void groups_not_named_without_a_star_stay_processors_of_their_own() {
        ProcessorLayout layout = ProcessorLayout.of("findings=task-timeline+task-board", GROUPS);

        assertThat(layout.processors()).containsExactly(
                Map.entry("directives", List.of("directives")),
                Map.entry("findings", List.of("task-board", "task-timeline")),
                Map.entry("units-in-time", List.of("units-in-time")));
    }

    @Test
    void everything_in_one_processor() {
        assertThat(ProcessorLayout.of("read-models=*", GROUPS).processors())
                .containsExactly(Map.entry("read-models", GROUPS));
    }

    @Test
    void a_layout_that_cannot_be_meant_stops_the_start_naming_what_is_wrong() {
        assertThatThrownBy(() -> ProcessorLayout.of("all=task-board+board", GROUPS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'board'");
        assertThatThrownBy(() -> ProcessorLayout.of("a=task-board;b=task-board+directives", GROUPS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two processors: a and b");
        assertThatThrownBy(() -> ProcessorLayout.of("a=*;b=*", GROUPS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a and b");
        assertThatThrownBy(() -> ProcessorLayout.of("task-board", GROUPS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name=group+group");
        // a processor named after a group runs that group alone: its tokens are the group's position,
        // from which another group joining it would start, missing the history before it
        assertThatThrownBy(() -> ProcessorLayout.of("directives=task-board+task-timeline", GROUPS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("processor 'directives'");
        assertThatThrownBy(() -> ProcessorLayout.of("directives=directives+task-board", GROUPS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("processor 'directives'");
    }
}
