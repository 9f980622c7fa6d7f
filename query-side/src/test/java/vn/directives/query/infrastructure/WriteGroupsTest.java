package vn.directives.query.infrastructure;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How a batch's pending writes are grouped: by SQL, never letting a write overtake one of its own key. */
class WriteGroupsTest {

    private final BatchedWrites.WriteGroups groups = new BatchedWrites.WriteGroups();

    @Test
    void writes_of_the_same_statement_for_different_rows_are_sent_together() {
        groups.add("task-1", "INSERT opening", row());
        groups.add("task-1", "UPDATE version", row());
        groups.add("task-2", "INSERT opening", row());
        groups.add("task-2", "UPDATE version", row());

        assertThat(groups.plan()).containsExactly("INSERT opening x2", "UPDATE version x2");
    }

    @Test
    void a_write_never_overtakes_an_earlier_write_of_its_row() {
        groups.add("task-1", "UPDATE version", row());
        groups.add("task-1", "UPDATE step", row());
        groups.add("task-1", "UPDATE version", row());
        groups.add("task-2", "UPDATE version", row());

        assertThat(groups.plan()).containsExactly("UPDATE version x1", "UPDATE step x1", "UPDATE version x2");
    }

    @Test
    void a_row_touched_again_after_a_later_group_starts_a_group_of_its_own() {
        groups.add("task-1", "INSERT opening", row());
        groups.add("task-1", "UPDATE step", row());
        groups.add("task-2", "UPDATE step", row());
        groups.add("task-1", "INSERT opening", row());

        assertThat(groups.plan()).containsExactly("INSERT opening x1", "UPDATE step x2", "INSERT opening x1");
    }

    @Test
    void a_superseding_write_replaces_the_last_write_of_its_row_when_only_the_moving_values_differ() {
        groups.add("task-1", "UPDATE version", version(1, "step-a"), Set.of("sequence"));
        groups.add("task-2", "UPDATE version", version(1, "step-a"), Set.of("sequence"));
        groups.add("task-1", "UPDATE version", version(2, "step-a"), Set.of("sequence"));
        groups.add("task-1", "UPDATE version", version(3, "step-a"), Set.of("sequence"));

        assertThat(groups.plan()).containsExactly("UPDATE version x2");
        assertThat(groups.rows("UPDATE version")).extracting(row -> row.getValue("sequence")).containsExactly(3, 1);
    }

    @Test
    void a_superseding_write_is_added_when_other_values_differ_or_another_write_of_its_row_came_between() {
        groups.add("task-1", "UPDATE version", version(1, "step-a"), Set.of("sequence"));
        groups.add("task-1", "UPDATE version", version(2, "step-b"), Set.of("sequence"));
        groups.add("task-1", "UPDATE extension", version(3, "step-b"));
        groups.add("task-1", "UPDATE version", version(4, "step-b"), Set.of("sequence"));
        groups.add("task-1", "UPDATE version", version(5, "step-b"));

        assertThat(groups.plan()).containsExactly("UPDATE version x2", "UPDATE extension x1", "UPDATE version x2");
    }

    private static MapSqlParameterSource version(int sequence, String step) {
        return new MapSqlParameterSource().addValue("sequence", sequence).addValue("step", step);
    }

    private static MapSqlParameterSource row() {
        return new MapSqlParameterSource();
    }
}
