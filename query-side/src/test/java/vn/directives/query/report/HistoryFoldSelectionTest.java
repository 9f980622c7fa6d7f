package vn.directives.query.report;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.events.discussion.AttachmentAdded;
import vn.directives.events.discussion.TaskCommented;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which stored comments and documents the report deserializes, judged from their bytes as the
 * event serializer writes them: only a coordinating unit's (or a migrated one) can change a
 * figure. Plain folding, no database.
 */
class HistoryFoldSelectionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private final HistoryFold fold = new HistoryFold("directive-1");

    HistoryFoldSelectionTest() {
        fold.tasks.put("task-1", new TaskFacts("task-1", TaskKind.GENERAL, "Quán triệt", "unit-1", 1,
                new Dated<>(DAY, 0, 1, null)));
    }

    @Test
    void a_comment_or_document_of_the_tasks_own_people_is_not_deserialized_unless_migrated() {
        byte[] own = stored(new TaskCommented("task-1", "c-1", "Đã họp chi bộ.", null, "u", DAY));
        byte[] ownDocument = stored(new AttachmentAdded("task-1", "a-1", "bien-ban.pdf", "application/pdf", 7,
                "00", null, "u", DAY));

        assertThat(fold.wants(TaskCommented.class, "task-1", own, false)).isFalse();
        assertThat(fold.wants(AttachmentAdded.class, "task-1", ownDocument, false)).isFalse();
        assertThat(fold.wants(TaskCommented.class, "task-1", own, true)).as("a migrated fact is listed").isTrue();
    }

    @Test
    void a_coordinating_units_contribution_is_deserialized_whatever_its_text_says() {
        byte[] unit = stored(new TaskCommented("task-1", "c-2", "Đã lấy ý kiến.", "unit-2", "u", DAY));
        // the text spells the field as null: inside a JSON string its quotes are escaped, so it does not match
        byte[] tricky = stored(new TaskCommented("task-1", "c-3", "x\",\"coordinatingUnitId\":null", "unit-2", "u",
                DAY));
        byte[] trickyName = stored(new AttachmentAdded("task-1", "a-2", "\"coordinatingUnitId\":null.pdf",
                "application/pdf", 7, "00", "unit-2", "u", DAY));

        assertThat(fold.wants(TaskCommented.class, "task-1", unit, false)).isTrue();
        assertThat(fold.wants(TaskCommented.class, "task-1", tricky, false)).isTrue();
        assertThat(fold.wants(AttachmentAdded.class, "task-1", trickyName, false)).isTrue();
        assertThat(fold.wants(TaskCommented.class, "task-9", unit, false)).as("another directive's task").isFalse();
    }

    private static byte[] stored(Object event) {
        return JSON.writeValueAsBytes(event);
    }
}
