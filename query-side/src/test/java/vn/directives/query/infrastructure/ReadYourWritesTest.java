package vn.directives.query.infrastructure;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
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
    void a_malformed_position_answers_400_naming_the_parameter() {
        HttpResponse<String> parameter = sides.getQuery("/api/directives?position=latest");
        HttpResponse<String> header = sides.getQuery("/api/directives", "X-Min-Position", "-3");

        assertThat(parameter.statusCode()).isEqualTo(400);
        assertThat(json(parameter).get("errors").get(0).get("field").asString()).isEqualTo("position");
        assertThat(json(parameter).get("detail").asString()).contains("'position'");
        assertThat(header.statusCode()).isEqualTo(400);
        assertThat(json(header).get("errors").get(0).get("field").asString()).isEqualTo("X-Min-Position");
    }
}
