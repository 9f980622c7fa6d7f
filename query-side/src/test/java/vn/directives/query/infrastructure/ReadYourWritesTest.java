package vn.directives.query.infrastructure;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.directives.query.infrastructure.BothSides.json;

/**
 * A client that passes the position a command answered reads its own write at once, on any read
 * model; a position the query side cannot reach in time answers 503 after a bounded wait.
 */
class ReadYourWritesTest {

    // Long enough for a loaded 2-core machine to catch up with one command, short enough for the 503 case.
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static BothSides sides;

    @BeforeAll
    static void start() {
        sides = BothSides.start(List.of(), "--directives.query.read-your-writes.timeout=" + WAIT.toMillis() + "ms");
        sides.awaitCaughtUp(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (sides != null) {
            sides.close();
        }
    }

    @Test
    void a_command_answers_the_event_position_in_its_body_and_header() {
        HttpResponse<String> created = sides.registerDirective();

        long position = json(created).get("position").asLong();
        assertThat(position).isPositive();
        assertThat(created.headers().firstValue("X-Event-Position")).hasValue(Long.toString(position));
    }

    @Test
    void a_directive_read_with_the_position_of_its_registration_is_there_at_once() {
        HttpResponse<String> created = sides.registerDirective();
        String id = json(created).get("id").asString();
        long position = json(created).get("position").asLong();

        HttpResponse<String> one = sides.getQuery("/api/directives/" + id + "?position=" + position);
        HttpResponse<String> list = sides.getQuery("/api/directives", "X-Min-Position", Long.toString(position));

        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(json(one).get("id").asString()).isEqualTo(id);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json(list).valueStream().map(directive -> directive.get("id").asString())).contains(id);
    }

    @Test
    void the_task_board_read_with_the_position_of_an_opening_lists_the_task_just_opened() {
        JsonNode directive = json(sides.registerDirective());
        String directiveId = directive.get("id").asString();
        String leadUnitId = json(sides.getQuery("/api/directives/" + directiveId + "?position="
                + directive.get("position").asLong())).get("leadUnitId").asString();
        String memberId = "member-" + UUID.randomUUID();
        BothSides.require(sides.postCommand("/api/steering-committee/members", """
                {"memberId": "%s", "displayName": "Phạm Văn Hùng", "post": "Phó Trưởng ban Tổ chức Tỉnh ủy",
                 "email": "pvhung@thainguyen.dcs.vn", "unitIds": ["%s"], "effectiveOn": "2020-01-01"}
                """.formatted(memberId, leadUnitId)), 201);
        HttpResponse<String> opened = BothSides.require(sides.postCommand("/api/surveys", """
                {"task": {"directiveId": "%s", "pointNumber": 1, "title": "Khảo sát doanh nghiệp KCN Yên Bình",
                          "leadUnitId": "%s", "coordinatingUnitIds": [], "assigneeId": "%s",
                          "dueDate": "2099-12-31"},
                 "scope": {"kind": "INDUSTRIAL_ZONE", "references": ["kcn-yen-binh"], "description": "KCN Yên Bình"},
                 "periodFrom": "2024-06-03", "periodTo": "2024-09-30", "openedOn": "2024-06-03"}
                """.formatted(directiveId, leadUnitId, memberId)), 201);
        String taskId = json(opened).get("id").asString();
        long position = json(opened).get("position").asLong();

        HttpResponse<String> board = sides.getQuery("/api/tasks?directiveId=" + directiveId + "&position=" + position);

        assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
        assertThat(json(board).get("items").valueStream().map(task -> task.get("id").asString()))
                .containsExactly(taskId);
    }

    @Test
    void a_position_the_read_models_cannot_reach_in_time_answers_503_after_the_bounded_wait() {
        long future = json(sides.registerDirective()).get("position").asLong() + 1_000_000;

        long started = System.nanoTime();
        HttpResponse<String> answer = sides.getQuery("/api/directives?position=" + future);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(answer);
        assertThat(problem.get("title").asString()).isEqualTo("Dữ liệu chưa kịp cập nhật");
        assertThat(problem.get("title_en").asString()).isEqualTo("Data not yet up to date");
        assertThat(problem.get("detail").asString()).contains(Long.toString(future));
        assertThat(problem.get("detail_en").asString()).contains(Long.toString(future));
        assertThat(problem.get("behind").valueStream().map(JsonNode::asString)).contains("directives");
        assertThat(took).isGreaterThanOrEqualTo(WAIT).isLessThan(WAIT.plusSeconds(4));
    }

    @Test
    void a_command_that_commits_wakes_the_reader_of_the_event_store() {
        WakeableEventStore store = sides.query().getBean(WakeableEventStore.class);
        long wakesBefore = store.wakes();

        long position = json(sides.registerDirective()).get("position").asLong();

        // the command side's commit notice (and nothing else, the fetch delay polls without waking)
        await("a wake after the commit").atMost(Duration.ofSeconds(30)).until(() -> store.wakes() > wakesBefore);
        await("the reader past the event").atMost(Duration.ofSeconds(30)).until(() -> store.readUpTo() >= position);
    }

    @Test
    void a_malformed_position_answers_400_naming_the_parameter() {
        HttpResponse<String> parameter = sides.getQuery("/api/directives?position=latest");
        HttpResponse<String> header = sides.getQuery("/api/directives", "X-Min-Position", "-3");

        assertThat(parameter.statusCode()).isEqualTo(400);
        assertThat(json(parameter).get("errors").get(0).get("field").asString()).isEqualTo("position");
        assertThat(json(parameter).get("detail").asString()).contains("'position'");
        assertThat(header.statusCode()).isEqualTo(400);
        assertThat(json(header).get("errors").get(0).get("field").asString()).isEqualTo("X-Min-Position");
    }

    /**
     * A general task followed across both sides: opened, progress reported, a part delegated to a
     * ward, refusals that store nothing, and the parent, the point and the report seeing the part.
     */
    @Nested
    class GeneralTasksAndDelegation {

        private String directiveId;
        private String leadUnitId;
        private String wardId;
        private String memberId;

        @BeforeEach
        void aDirectiveAWardAndAMember() {
            JsonNode directive = json(sides.registerDirective());
            directiveId = directive.get("id").asString();
            leadUnitId = json(sides.getQuery("/api/directives/" + directiveId + "?position="
                    + directive.get("position").asLong())).get("leadUnitId").asString();
            wardId = json(BothSides.require(sides.postCommand("/api/units", """
                    {"name": "Đảng ủy phường Tân Thịnh", "kind": "WARD", "effectiveOn": "2015-01-01"}"""), 201))
                    .get("id").asString();
            memberId = "member-" + UUID.randomUUID();
            BothSides.require(sides.postCommand("/api/steering-committee/members", """
                    {"memberId": "%s", "displayName": "Hoàng Thị Lan", "post": "Ủy viên Ban Chỉ đạo",
                     "email": "htlan@thainguyen.dcs.vn", "unitIds": ["%s"], "effectiveOn": "2020-01-01"}
                    """.formatted(memberId, leadUnitId)), 201);
        }

        private HttpResponse<String> delegate(String taskPath, String unitId, String dueDate) {
            return sides.postCommand(taskPath + "/sub-tasks", """
                    {"title": "Đối thoại với doanh nghiệp trên địa bàn phường", "expectedProduct": "Báo cáo",
                     "leadUnitId": "%s", "assigneeId": "%s", "dueDate": "%s", "effectiveOn": "2026-06-10"}
                    """.formatted(unitId, memberId, dueDate));
        }

        private JsonNode read(String pathAndQuery, long position) {
            HttpResponse<String> answer = sides.getQuery(pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?")
                    + "position=" + position);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return json(answer);
        }

        @Test
        void a_general_task_is_delegated_to_a_ward_and_its_parent_the_point_and_the_report_count_it_once() {
            HttpResponse<String> opened = BothSides.require(sides.postCommand("/api/general-tasks", """
                    {"task": {"directiveId": "%s", "pointNumber": 1, "title": "Quán triệt Chỉ thị đến các chi bộ",
                              "leadUnitId": "%s", "coordinatingUnitIds": [], "assigneeId": "%s",
                              "dueDate": "2026-12-31"},
                     "description": "Hội nghị quán triệt ở mỗi đảng bộ", "expectedProduct": "Hội nghị",
                     "openedOn": "2026-06-01"}
                    """.formatted(directiveId, leadUnitId, memberId)), 201);
            String parentId = json(opened).get("id").asString();
            String parentPath = "/api/general-tasks/" + parentId;
            assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith(parentPath));
            BothSides.require(sides.postCommand(parentPath + "/progress-reports", """
                    {"percentage": 30, "text": "Đã quán triệt tại 3 đảng bộ", "effectiveOn": "2026-06-05"}"""), 200);

            HttpResponse<String> late = delegate(parentPath, wardId, "2027-01-31");
            HttpResponse<String> upwards = delegate(parentPath, leadUnitId, "2026-11-30");
            HttpResponse<String> delegated = BothSides.require(delegate(parentPath, wardId, "2026-11-30"), 201);
            String subId = json(delegated).get("id").asString();
            long position = json(BothSides.require(sides.postCommand("/api/general-tasks/" + subId
                    + "/progress-reports", """
                    {"percentage": 50, "text": "Đã đối thoại với 4 doanh nghiệp", "effectiveOn": "2026-07-01"}"""),
                    200)).get("position").asLong();

            JsonNode lateProblem = json(late);
            assertThat(late.statusCode()).as(late.body()).isEqualTo(400);
            assertThat(lateProblem.get("errors").get(0).get("field").asString()).isEqualTo("dueDate");
            assertThat(lateProblem.get("errors").get(0).get("rule").asString()).isEqualTo("sub-task-due-by-parent-due");
            assertThat(upwards.statusCode()).as(upwards.body()).isEqualTo(409);
            assertThat(json(upwards).get("errors").get(0).get("rule").asString()).isEqualTo("unit-not-lower");

            JsonNode parent = read(parentPath, position);
            assertThat(parent.get("version").asLong()).as("progress and one delegation; refusals stored nothing")
                    .isEqualTo(2);
            assertThat(parent.get("general").get("progress").asInt()).isEqualTo(30);
            assertThat(parent.get("subTasks")).hasSize(1);
            assertThat(parent.get("subTasks").get(0).get("id").asString()).isEqualTo(subId);
            assertThat(parent.get("subTasks").get(0).get("leadUnitName").asString()).isEqualTo("Đảng ủy phường Tân Thịnh");
            assertThat(parent.get("subTasks").get(0).get("progress").asInt()).isEqualTo(50);
            assertThat(parent.get("subTasksProgress").asInt()).isEqualTo(50);
            JsonNode sub = read("/api/general-tasks/" + subId, position);
            assertThat(sub.get("parentTaskId").asString()).isEqualTo(parentId);
            assertThat(sub.get("kindLabel").asString()).isEqualTo("Nhiệm vụ");
            assertThat(sub.get("dueDate").asString()).isEqualTo("2026-11-30");

            JsonNode board = read("/api/tasks?directiveId=" + directiveId + "&pointNumber=1", position);
            assertThat(board.get("totalElements").asLong()).isEqualTo(2);
            JsonNode points = read("/api/directives/" + directiveId + "/points?at=2026-11-15", position);
            JsonNode point = points.get("points").get(0);
            assertThat(point.get("tasks")).hasSize(1);
            assertThat(point.get("tasks").get(0).get("subTaskCount").asInt()).isEqualTo(1);
            assertThat(point.get("categories").get("openWithinDeadline").asInt()).isEqualTo(1);
            assertThat(point.get("progress").asInt()).isEqualTo(30);
            // corrected: what happened by the cut-off, although this test records it after that day
            JsonNode report = read("/api/directives/" + directiveId + "/report?cutOff=2026-11-15&basis=CORRECTED",
                    position);
            assertThat(report.get("categories").get("total").asInt()).as("the sub-task is counted through its parent")
                    .isEqualTo(1);
            assertThat(report.get("tasks").get(0).get("taskId").asString()).isEqualTo(parentId);
        }
    }
}
