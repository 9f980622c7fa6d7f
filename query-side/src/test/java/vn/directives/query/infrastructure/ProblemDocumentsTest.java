package vn.directives.query.infrastructure;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directives.query.infrastructure.BothSides.json;

/** Every refusal of the query side is a problem document in Vietnamese and English that names the culprit. */
class ProblemDocumentsTest {

    private static BothSides sides;

    @BeforeAll
    static void start() {
        sides = BothSides.start(List.of());
    }

    @AfterAll
    static void stop() {
        if (sides != null) {
            sides.close();
        }
    }

    @Test
    void a_parameter_of_the_wrong_type_answers_400_naming_it_and_the_expected_type() {
        HttpResponse<String> answer = sides.getQuery("/api/admin/reconciliation?limit=many");

        JsonNode problem = problem(answer, 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(problem.get("detail").asString()).isEqualTo("'limit' phải là số nguyên.");
        assertThat(problem.get("detail_en").asString()).isEqualTo("'limit' must be an integer.");
    }

    @Test
    void a_parameter_out_of_its_range_answers_400_naming_it_and_the_bound() {
        HttpResponse<String> answer = sides.getQuery("/api/admin/reconciliation?limit=5000");

        JsonNode problem = problem(answer, 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("Max");
        assertThat(problem.get("detail").asString()).isEqualTo("'limit' phải nhỏ hơn hoặc bằng 1000");
        assertThat(problem.get("detail_en").asString()).isEqualTo("'limit' must be at most 1000");
    }

    @Test
    void an_unknown_value_of_a_task_board_filter_answers_400_naming_the_parameter_and_the_rule() {
        HttpResponse<String> answer = sides.getQuery("/api/tasks?category=SOMEDAY");

        JsonNode problem = problem(answer, 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("category");
        assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("one-of");
        assertThat(problem.get("title_en").asString()).isEqualTo("Invalid input");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/tasks");
    }

    @Test
    void a_reader_who_prefers_english_reads_the_title_and_detail_in_english_with_the_vietnamese_kept() {
        HttpResponse<String> answer = sides.getQuery("/api/admin/reconciliation?limit=many",
                "Accept-Language", "en-GB,en;q=0.9,vi;q=0.5");

        JsonNode problem = problem(answer, 400);
        assertThat(problem.get("title").asString()).isEqualTo("Invalid input");
        assertThat(problem.get("detail").asString()).isEqualTo("'limit' must be an integer.");
        assertThat(problem.get("title_vi").asString()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(problem.get("detail_vi").asString()).isEqualTo("'limit' phải là số nguyên.");
    }

    @Test
    void a_reader_who_prefers_vietnamese_to_english_reads_vietnamese() {
        HttpResponse<String> answer = sides.getQuery("/api/admin/reconciliation?limit=many",
                "Accept-Language", "fr,vi;q=0.8,en;q=0.5");

        JsonNode problem = problem(answer, 400);
        assertThat(problem.get("detail").asString()).isEqualTo("'limit' phải là số nguyên.");
        assertThat(problem.get("detail_en").asString()).isEqualTo("'limit' must be an integer.");
    }

    @Test
    void an_unknown_directive_answers_404_with_a_problem_document() {
        JsonNode problem = problem(sides.getQuery("/api/directives/no-such-directive"), 404);

        assertThat(problem.get("detail").asString()).contains("no-such-directive");
        assertThat(problem.get("type").asString()).isEqualTo("urn:directives:problem:not-found");
    }

    @Test
    void an_unknown_path_answers_404() {
        JsonNode problem = problem(sides.getQuery("/api/no-such-read-model"), 404);

        assertThat(problem.get("title").asString()).isEqualTo("Không tìm thấy");
        assertThat(problem.get("title_en").asString()).isEqualTo("Not found");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/no-such-read-model");
    }

    @Test
    void an_unknown_processor_answers_404_naming_it() {
        JsonNode problem = problem(sides.getQuery("/api/admin/processors/no-such-processor"), 404);

        assertThat(problem.get("detail").asString()).contains("'no-such-processor'");
        assertThat(problem.get("detail_en").asString()).contains("'no-such-processor'");
    }

    @Test
    void a_method_the_resource_does_not_support_answers_405() {
        HttpResponse<String> answer = sides.send(HttpRequest.newBuilder(sides.queryUri("/api/directives")).DELETE());

        JsonNode problem = problem(answer, 405);
        assertThat(problem.get("detail_en").asString()).contains("DELETE");
    }

    private static JsonNode problem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(answer);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.has("title_en") && problem.has("detail_en")).isTrue();
        return problem;
    }
}
