package vn.directives.query.taskboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.JsonNode;
import vn.directives.events.task.TaskKind;
import vn.directives.platform.web.RequestRefused;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding tasks on the board: every filter, paging and sorting, and the parameters it refuses.
 * Five tasks of one directive, judged on 1 June 2025, and one task of another directive.
 */
class TaskBoardQueryTest {

    private static final String DIRECTIVE = "directive-" + UUID.randomUUID();
    private static final String OTHER_DIRECTIVE = "directive-" + UUID.randomUUID();
    private static final String U1 = "unit-" + UUID.randomUUID();
    private static final String U2 = "unit-" + UUID.randomUUID();
    private static final String U3 = "unit-" + UUID.randomUUID();
    private static final String M1 = "member-" + UUID.randomUUID();
    private static final String M2 = "member-" + UUID.randomUUID();
    private static final Map<String, String> NAMES = new HashMap<>();

    private static QuerySideUnderTest querySide;

    @BeforeAll
    static void fiveTasksAndOneElsewhere() {
        querySide = QuerySideUnderTest.start();
        TaskBoardFeed feed = querySide.feed();
        name("T1", feed.open(TaskKind.SURVEY, TaskScript.header(DIRECTIVE, "Khảo sát KCN Yên Bình", U1, M1,
                date("2025-03-31"), U2), date("2025-01-10")));
        name("T2", feed.open(TaskKind.CELL_ESTABLISHMENT, TaskScript.header(DIRECTIVE,
                "Thành lập chi bộ Công ty Minh Phát", U2, M2, date("2025-06-30")), date("2025-02-01"))
                .complete(date("2025-05-01")));
        name("T3", feed.open(TaskKind.MEMBER_TRANSFER, TaskScript.header(DIRECTIVE,
                "Chuyển sinh hoạt đảng viên về Công ty Hòa Phát", U1, M1, date("2025-02-28")), date("2025-01-20")));
        name("T4", feed.open(TaskKind.TRAINING_COURSE, TaskScript.header(DIRECTIVE,
                "Lớp bồi dưỡng kỹ năng công tác đảng", U3, M2, date("2025-09-30"), U1), date("2025-03-01"))
                .cancel("Lồng ghép vào lớp của Trường Chính trị tỉnh", date("2025-04-01")));
        name("T5", feed.open(TaskKind.SURVEY, TaskScript.header(DIRECTIVE, "Khảo sát xã Đồng Tâm", U3, M1,
                date("2025-05-15")), date("2025-03-15"))
                .reassign(M2, date("2025-04-01")));
        name("T6", feed.open(TaskKind.SURVEY, TaskScript.header(OTHER_DIRECTIVE, "Khảo sát chỉ thị khác", U1, M1,
                date("2025-05-15")), date("2025-03-15")));
    }

    @AfterAll
    static void stop() {
        querySide.close();
    }

    private static void name(String name, TaskScript task) {
        NAMES.put(task.id(), name);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** The names of the tasks on the page, in order. */
    private static List<String> names(JsonNode page) {
        return page.get("items").valueStream().map(item -> NAMES.get(item.get("id").asString())).toList();
    }

    private static JsonNode board(String parameters) {
        QuerySideUnderTest.Reply reply = querySide.get("/api/tasks?directiveId=" + DIRECTIVE + "&at=2025-06-01&"
                + parameters.replace("{U1}", U1).replace("{U2}", U2).replace("{M2}", M2));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "sort=dueDate,                             T3 T1 T5 T2 T4",
            "kind=SURVEY,                              T1 T5",
            "kind=survey,                              T1 T5",
            "status=OPEN,                              T3 T1 T5",
            "status=COMPLETED,                         T2",
            "status=CANCELLED,                         T4",
            "category=OPEN_OVERDUE,                    T3 T1 T5",
            "category=DONE_ON_TIME,                    T2",
            "category=CANCELLED,                       T4",
            "category=OPEN_WITHIN_DEADLINE,            ''",
            "unitId={U1},                              T3 T1 T4",
            "unitId={U2},                              T1 T2",
            "assigneeId={M2},                          T5 T2 T4",
            "dueFrom=2025-03-01&dueTo=2025-06-30,      T1 T5 T2",
            "dueFrom=2025-05-15,                       T5 T2 T4",
            "dueTo=2025-03-31,                         T3 T1",
            "kind=SURVEY&category=OPEN_OVERDUE,        T1 T5",
            "sort=title,                               T3 T1 T5 T4 T2",
            "sort=title&direction=desc,                T2 T4 T5 T1 T3",
            "sort=openedOn&direction=desc,             T5 T4 T2 T3 T1",
            "sort=openedOn&direction=asc,              T1 T3 T2 T4 T5"})
    void the_board_filters_and_sorts(String parameters, String expected) {
        JsonNode page = board(parameters);

        List<String> expectedNames = expected.isBlank() ? List.of() : List.of(expected.split(" "));
        assertThat(names(page)).containsExactlyElementsOf(expectedNames);
        assertThat(page.get("totalElements").asLong()).isEqualTo(expectedNames.size());
    }

    @Test
    void the_assignee_filter_follows_the_assignment_at_the_date() {
        JsonNode march = querySide.get("/api/tasks?directiveId=" + DIRECTIVE + "&at=2025-03-20&assigneeId=" + M2)
                .body();
        JsonNode april = querySide.get("/api/tasks?directiveId=" + DIRECTIVE + "&at=2025-04-01&assigneeId=" + M2)
                .body();

        assertThat(names(march)).containsExactly("T2", "T4");
        assertThat(names(april)).containsExactly("T5", "T2", "T4");
    }

    @Test
    void pages_split_the_sorted_board_and_count_every_match() {
        List<JsonNode> pages = Stream.of(0, 1, 2, 3).map(page -> board("sort=dueDate&size=2&page=" + page)).toList();

        assertThat(pages).extracting(TaskBoardQueryTest::names).containsExactly(
                List.of("T3", "T1"), List.of("T5", "T2"), List.of("T4"), List.of());
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.get("totalElements").asLong()).isEqualTo(5);
            assertThat(page.get("totalPages").asInt()).isEqualTo(3);
            assertThat(page.get("size").asInt()).isEqualTo(2);
            assertThat(page.get("at").asString()).isEqualTo("2025-06-01");
        });
        assertThat(pages.get(1).get("page").asInt()).isEqualTo(1);
    }

    @Test
    void a_kind_collection_lists_only_its_kind_with_the_same_filters() {
        JsonNode surveys = querySide.get("/api/surveys?directiveId=" + DIRECTIVE + "&at=2025-06-01&sort=title").body();
        JsonNode alsoSurveys = querySide.get("/api/surveys?directiveId=" + DIRECTIVE + "&kind=SURVEY").body();
        JsonNode courses = querySide.get("/api/training-courses?directiveId=" + DIRECTIVE + "&status=CANCELLED").body();

        assertThat(names(surveys)).containsExactly("T1", "T5");
        assertThat(alsoSurveys.get("totalElements").asLong()).isEqualTo(2);
        assertThat(names(courses)).containsExactly("T4");
    }

    @Test
    void the_directive_filter_keeps_other_directives_out() {
        JsonNode other = querySide.get("/api/tasks?directiveId=" + OTHER_DIRECTIVE).body();

        assertThat(names(other)).containsExactly("T6");
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
            "/api/tasks?at=2025-02-30,                       at",
            "/api/tasks?at=yesterday,                        at",
            "/api/tasks?size=201,                            size",
            "/api/tasks?size=0,                              size",
            "/api/tasks?page=-1,                             page",
            "/api/tasks?page=first,                          page",
            "/api/tasks?sort=priority,                       sort",
            "/api/tasks?direction=up,                        direction",
            "/api/tasks?kind=MEETING,                        kind",
            "/api/tasks?status=DONE,                         status",
            "/api/tasks?category=LATE,                       category",
            "/api/tasks?dueFrom=2025-13-01,                  dueFrom",
            "/api/tasks?dueFrom=2025-06-01&dueTo=2025-01-01, dueTo",
            "/api/surveys?kind=TRAINING_COURSE,              kind",
            "/api/tasks/any-id?at=12/31/2025,                at",
            "/api/surveys/any-id?at=2025-1-1,                at"})
    void a_parameter_that_cannot_be_used_answers_400_naming_it(String request, String parameter) {
        QuerySideUnderTest.Reply reply = querySide.get(request);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.invalidParameter()).isEqualTo(parameter);
        ProblemDetail problem = ((RequestRefused) reply.exception()).toProblem();
        assertThat(problem.getTitle()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(problem.getDetail()).contains("'" + parameter + "'");
        assertThat(problem.getProperties()).containsEntry("title_en", "Invalid input")
                .hasEntrySatisfying("detail_en",
                        detail -> assertThat(detail).asString().contains("'" + parameter + "'"));
    }

    @Test
    void a_page_of_200_is_allowed() {
        assertThat(querySide.get("/api/tasks?size=200&directiveId=" + DIRECTIVE).status()).isEqualTo(200);
    }
}
