package vn.directives.query.taskboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline category of each task at a date, as domain.md defines it: judged against the due
 * date in force at that date (the last extension approved by then), completion and cancellation
 * counted from their effective dates, tasks not yet opened left out.
 */
class TaskBoardDeadlinesTest {

    private static final String DIRECTIVE = "directive-" + UUID.randomUUID();
    private static final String UNIT = "unit-" + UUID.randomUUID();
    private static final String MEMBER = "member-" + UUID.randomUUID();
    private static final Map<String, String> TASKS = new HashMap<>();

    private static QuerySideUnderTest querySide;

    @BeforeAll
    static void aYearOfTasks() {
        querySide = QuerySideUnderTest.start();
        TaskBoardFeed feed = querySide.feed();
        // A: done on time
        TASKS.put("A", feed.open(TaskKind.SURVEY, header("A", "2025-03-31"), date("2025-01-10"))
                .complete(date("2025-03-20")).id());
        // B: done late
        TASKS.put("B", feed.open(TaskKind.CELL_ESTABLISHMENT, header("B", "2025-02-28"), date("2025-01-10"))
                .complete(date("2025-03-15")).id());
        // C: overdue until its extension was approved on 10/3, then done within the new due date
        TASKS.put("C", feed.open(TaskKind.MEMBER_TRANSFER, header("C", "2025-03-01"), date("2025-02-01"))
                .requestExtension(date("2025-05-31"), date("2025-02-20"))
                .approveExtension(date("2025-03-10"))
                .complete(date("2025-04-30")).id());
        // D: extension refused on 10/4, still open after its due date
        TASKS.put("D", feed.open(TaskKind.TRAINING_COURSE, header("D", "2025-04-30"), date("2025-01-15"))
                .requestExtension(date("2025-07-31"), date("2025-04-01"))
                .rejectExtension(date("2025-04-10")).id());
        // E: cancelled on 1/3
        TASKS.put("E", feed.open(TaskKind.SURVEY, header("E", "2025-06-30"), date("2025-01-20"))
                .cancel("Trùng nội dung với nhiệm vụ khác", date("2025-03-01")).id());
        // F: opened on 15/4
        TASKS.put("F", feed.open(TaskKind.CELL_ESTABLISHMENT, header("F", "2025-09-30"), date("2025-04-15")).id());
        // G: extended on 10/2 to 15/3, and still done late
        TASKS.put("G", feed.open(TaskKind.MEMBER_TRANSFER, header("G", "2025-02-15"), date("2025-01-05"))
                .extend(date("2025-03-15"), date("2025-02-10"))
                .complete(date("2025-03-20")).id());
    }

    @AfterAll
    static void stop() {
        querySide.close();
    }

    private static TaskHeader header(String title, String dueDate) {
        return TaskScript.header(DIRECTIVE, title, UNIT, MEMBER, date(dueDate));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} at {1}: {2}, due {3}")
    @CsvSource({
            "A, 2025-03-19, OPEN_WITHIN_DEADLINE, 2025-03-31",
            "A, 2025-03-20, DONE_ON_TIME,         2025-03-31",
            "A, 2026-01-01, DONE_ON_TIME,         2025-03-31",
            "B, 2025-02-27, OPEN_WITHIN_DEADLINE, 2025-02-28",
            "B, 2025-02-28, OPEN_OVERDUE,         2025-02-28",
            "B, 2025-03-14, OPEN_OVERDUE,         2025-02-28",
            "B, 2025-03-15, DONE_LATE,            2025-02-28",
            "C, 2025-02-28, OPEN_WITHIN_DEADLINE, 2025-03-01",
            "C, 2025-03-05, OPEN_OVERDUE,         2025-03-01",
            "C, 2025-03-10, OPEN_WITHIN_DEADLINE, 2025-05-31",
            "C, 2025-04-30, DONE_ON_TIME,         2025-05-31",
            "D, 2025-04-15, OPEN_WITHIN_DEADLINE, 2025-04-30",
            "D, 2025-04-30, OPEN_OVERDUE,         2025-04-30",
            "D, 2025-05-01, OPEN_OVERDUE,         2025-04-30",
            "E, 2025-02-28, OPEN_WITHIN_DEADLINE, 2025-06-30",
            "E, 2025-03-01, CANCELLED,            2025-06-30",
            "F, 2025-04-15, OPEN_WITHIN_DEADLINE, 2025-09-30",
            "G, 2025-02-09, OPEN_WITHIN_DEADLINE, 2025-02-15",
            "G, 2025-02-16, OPEN_WITHIN_DEADLINE, 2025-03-15",
            "G, 2025-03-20, DONE_LATE,            2025-03-15"})
    void a_task_falls_in_the_category_of_its_due_date_in_force_at_the_date(String task, String at, String category,
                                                                          String dueAt) {
        String id = TASKS.get(task);
        JsonNode one = querySide.get("/api/tasks/" + id + "?at=" + at).body();
        assertThat(one.at("/asOf/date").asString()).isEqualTo(at);
        assertThat(one.at("/asOf/category").asString()).isEqualTo(category);
        assertThat(one.at("/asOf/dueDate").asString()).isEqualTo(dueAt);

        JsonNode listed = querySide.get("/api/tasks?directiveId=" + DIRECTIVE + "&at=" + at).body().get("items")
                .valueStream().filter(item -> item.get("id").asString().equals(id)).findFirst().orElseThrow();
        // a task read alone also carries its sub-task tree, which lists leave out
        assertThat(withoutTree(listed)).isEqualTo(withoutTree(one));
    }

    private static JsonNode withoutTree(JsonNode task) {
        tools.jackson.databind.node.ObjectNode copy = ((tools.jackson.databind.node.ObjectNode) task).deepCopy();
        copy.remove(java.util.List.of("subTasks", "subTasksProgress"));
        return copy;
    }

    @Test
    void the_current_due_date_is_the_last_approved_whatever_the_date_asked_about() {
        JsonNode c = querySide.get("/api/tasks/" + TASKS.get("C") + "?at=2025-03-05").body();

        assertThat(c.get("dueDate").asString()).isEqualTo("2025-05-31");
        assertThat(c.at("/asOf/dueDate").asString()).isEqualTo("2025-03-01");
        assertThat(c.get("status").asString()).isEqualTo("COMPLETED");
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource({
            "DONE_ON_TIME,         Hoàn thành đúng hạn,      Done on time,             ''",
            "DONE_LATE,            Hoàn thành quá hạn,       Done late,                B",
            "OPEN_WITHIN_DEADLINE, Đang thực hiện trong hạn, Open within the deadline, A C D",
            "OPEN_OVERDUE,         Quá hạn chưa hoàn thành,  Open overdue,             G",
            "CANCELLED,            Đã hủy,                   Cancelled,                E"})
    void on_15_march_the_board_sorts_the_tasks_into_the_four_categories_and_the_cancelled(
            String category, String label, String labelEn, String tasks) {
        JsonNode page = querySide.get("/api/tasks?directiveId=" + DIRECTIVE + "&at=2025-03-15&category=" + category)
                .body();

        List<String> expected = tasks.isBlank() ? List.of() : Stream.of(tasks.split(" ")).map(TASKS::get).toList();
        assertThat(page.get("items").valueStream().map(item -> item.get("id").asString()))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(page.get("totalElements").asLong()).isEqualTo(expected.size());
        page.get("items").valueStream().forEach(item -> {
            assertThat(item.at("/asOf/categoryLabel").asString()).isEqualTo(label);
            assertThat(item.at("/asOf/categoryLabelEn").asString()).isEqualTo(labelEn);
        });
    }

    @Test
    void a_task_not_yet_opened_at_the_date_is_left_off_the_board_and_has_no_category() {
        JsonNode page = querySide.get("/api/tasks?directiveId=" + DIRECTIVE + "&at=2025-04-01").body();
        JsonNode f = querySide.get("/api/tasks/" + TASKS.get("F") + "?at=2025-04-01").body();

        assertThat(page.get("items").valueStream().map(item -> item.get("title").asString()))
                .containsExactlyInAnyOrder("A", "B", "C", "D", "E", "G");
        assertThat(f.get("title").asString()).isEqualTo("F");
        assertThat(f.get("asOf").isNull()).isTrue();
    }

    /** What lets the board answer for a date past every task's last change from the rows alone ({@link TasksAtDate#CURRENT}). */
    @Test
    void a_tasks_own_due_date_and_assignee_are_those_of_its_last_history_rows_and_dated_until_their_last_effect() {
        var rows = querySide.jdbc().sql("""
                SELECT t.task_id,
                       t.due_date IS NOT DISTINCT FROM (SELECT d.due_date FROM query.task_board_due_date d
                                                         WHERE d.task_id = t.task_id
                                                         ORDER BY d.sequence_number DESC LIMIT 1)
                   AND t.assignee_id IS NOT DISTINCT FROM (SELECT a.member_id FROM query.task_board_assignment a
                                                            WHERE a.task_id = t.task_id
                                                            ORDER BY a.sequence_number DESC LIMIT 1)
                   AND t.dated_until IS NOT DISTINCT FROM GREATEST(
                           (SELECT max(d.effective_on) FROM query.task_board_due_date d WHERE d.task_id = t.task_id),
                           (SELECT max(a.effective_on) FROM query.task_board_assignment a WHERE a.task_id = t.task_id))
                       AS agrees
                  FROM query.task_board t""").query((rs, n) -> rs.getString("task_id") + " " + rs.getBoolean("agrees"))
                .list();

        assertThat(rows).contains(TASKS.get("C") + " true", TASKS.get("G") + " true").allMatch(row -> row.endsWith(" true"));
    }

    @Test
    void without_a_date_the_board_is_judged_today_in_vietnam() {
        LocalDate today = QueryParameters.today();
        TaskBoardFeed feed = querySide.feed();
        String directive = "directive-" + UUID.randomUUID();
        String within = feed.open(TaskKind.SURVEY, TaskScript.header(directive, "trong hạn", UNIT, MEMBER,
                today.plusDays(10)), today.minusDays(5)).id();
        String overdue = feed.open(TaskKind.SURVEY, TaskScript.header(directive, "quá hạn", UNIT, MEMBER,
                today), today.minusDays(30)).id();

        JsonNode page = querySide.get("/api/tasks?directiveId=" + directive + "&sort=title").body();

        assertThat(page.get("at").asString()).isEqualTo(today.toString());
        assertThat(page.get("items").valueStream().map(item -> item.get("id").asString() + " "
                + item.at("/asOf/category").asString()))
                .containsExactly(overdue + " OPEN_OVERDUE", within + " OPEN_WITHIN_DEADLINE");
        assertThat(querySide.get("/api/tasks/" + within).body().at("/asOf/date").asString())
                .isEqualTo(today.toString());
    }
}
