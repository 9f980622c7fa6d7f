package vn.directives.query.workload;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import vn.directives.events.task.TaskKind;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.taskboard.QuerySideUnderTest;
import vn.directives.query.taskboard.TaskBoardFeed;
import vn.directives.query.taskboard.TaskScript;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workload per Steering Committee member and per lead unit, counted by hand from a small
 * history that straddles two years (2024 and 2025). Each row reads "open, open overdue, done this
 * year, cancelled this year".
 */
class WorkloadTest {

    private static final String DIRECTIVE = "directive-" + UUID.randomUUID();
    private static final String OTHER_DIRECTIVE = "directive-" + UUID.randomUUID();
    private static final String U1 = "unit-" + UUID.randomUUID();
    private static final String U2 = "unit-" + UUID.randomUUID();
    private static final String M1 = "member-" + UUID.randomUUID();
    private static final String M2 = "member-" + UUID.randomUUID();

    private static QuerySideUnderTest querySide;

    @BeforeAll
    static void twoYearsOfTasks() {
        querySide = QuerySideUnderTest.start();
        TaskBoardFeed feed = querySide.feed();
        // W1: U1, M1, opened 1/11/2024, due 31/1/2025, done 20/1/2025
        open(feed, DIRECTIVE, U1, M1, "2024-11-01", "2025-01-31").complete(date("2025-01-20"));
        // W2: U1, M1, opened 5/1/2025, due 31/3/2025, still open
        open(feed, DIRECTIVE, U1, M1, "2025-01-05", "2025-03-31");
        // W3: U2, M1 then M2 from 1/4/2025, opened 1/2/2025, due 31/12/2025, still open
        open(feed, DIRECTIVE, U2, M1, "2025-02-01", "2025-12-31").reassign(M2, date("2025-04-01"));
        // W4: U2, M2, opened 10/1/2025, due 31/5/2025, cancelled 10/3/2025
        open(feed, DIRECTIVE, U2, M2, "2025-01-10", "2025-05-31").cancel("Không còn phù hợp", date("2025-03-10"));
        // W5: U1, M2, opened 1/3/2024, due 30/6/2024, done late 1/8/2024
        open(feed, DIRECTIVE, U1, M2, "2024-03-01", "2024-06-30").complete(date("2024-08-01"));
        // W6: U2, M2, opened 15/7/2025
        open(feed, DIRECTIVE, U2, M2, "2025-07-15", "2025-08-31");
        // W7: U1, M1, opened 1/10/2024, due 31/12/2024, cancelled 15/11/2024
        open(feed, DIRECTIVE, U1, M1, "2024-10-01", "2024-12-31").cancel("Trùng nhiệm vụ", date("2024-11-15"));
        // W8, another directive: U1, M1, opened 1/5/2025, due 15/6/2025, still open
        open(feed, OTHER_DIRECTIVE, U1, M1, "2025-05-01", "2025-06-15");
    }

    @AfterAll
    static void stop() {
        querySide.close();
    }

    private static TaskScript open(TaskBoardFeed feed, String directive, String unit, String member, String openedOn,
                                   String dueDate) {
        return feed.open(TaskKind.SURVEY, TaskScript.header(directive, "Nhiệm vụ", unit, member, date(dueDate)),
                date(openedOn));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** Each row of the report as "id: open overdue done cancelled", keyed by the placeholder names. */
    private static Map<String, String> rows(String path, String parameters) {
        QuerySideUnderTest.Reply reply = querySide.get("/api/workload/" + path + "?" + parameters);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        String idField = path.equals("members") ? "memberId" : "unitId";
        Map<String, String> names = Map.of(M1, "M1", M2, "M2", U1, "U1", U2, "U2");
        return reply.body().get("rows").valueStream()
                .filter(row -> names.containsKey(row.get(idField).asString()))
                .collect(Collectors.toMap(row -> names.get(row.get(idField).asString()),
                        row -> row.get("open").asLong() + " " + row.get("openOverdue").asLong() + " "
                                + row.get("doneThisYear").asLong() + " " + row.get("cancelledThisYear").asLong()));
    }

    @ParameterizedTest(name = "{0}?{1}")
    @CsvSource(delimiter = ';', value = {
            "members; at=2025-06-30&directiveId={D}; M1=1 1 1 0, M2=1 0 0 1",
            "units;   at=2025-06-30&directiveId={D}; U1=1 1 1 0, U2=1 0 0 1",
            "members; at=2025-03-01&directiveId={D}; M1=2 0 1 0, M2=1 0 0 0",
            "units;   at=2025-03-01&directiveId={D}; U1=1 0 1 0, U2=2 0 0 0",
            "members; year=2024&directiveId={D};     M1=1 0 0 1, M2=0 0 1 0",
            "units;   year=2024&directiveId={D};     U1=1 0 1 1",
            "members; at=2025-06-30;                 M1=2 2 1 0, M2=1 0 0 1",
            "units;   at=2025-06-30;                 U1=2 2 1 0, U2=1 0 0 1"})
    void the_workload_is_counted_at_the_date_for_its_year(String path, String parameters, String expected) {
        Map<String, String> rows = rows(path, parameters.replace("{D}", DIRECTIVE));

        Map<String, String> expectedRows = java.util.Arrays.stream(expected.split(","))
                .map(String::trim)
                .collect(Collectors.toMap(row -> row.substring(0, row.indexOf('=')),
                        row -> row.substring(row.indexOf('=') + 1)));
        assertThat(rows).isEqualTo(expectedRows);
    }

    @Test
    void the_report_says_its_date_year_and_columns_in_vietnamese_first() {
        JsonNode report = querySide.get("/api/workload/members?year=2024&directiveId=" + DIRECTIVE).body();

        assertThat(report.get("at").asString()).isEqualTo("2024-12-31");
        assertThat(report.get("year").asInt()).isEqualTo(2024);
        assertThat(report.get("columns").valueStream().map(column -> column.get("key").asString() + "="
                + column.get("label").asString() + "/" + column.get("labelEn").asString()))
                .containsExactly("open=Đang thực hiện/Open", "openOverdue=Quá hạn chưa hoàn thành/Open overdue",
                        "doneThisYear=Hoàn thành trong năm/Done this year",
                        "cancelledThisYear=Đã hủy trong năm/Cancelled this year");
    }

    @Test
    void the_current_year_is_counted_today_and_no_date_means_today() {
        LocalDate today = QueryParameters.today();

        JsonNode thisYear = querySide.get("/api/workload/units?year=" + today.getYear()).body();
        JsonNode noDate = querySide.get("/api/workload/units").body();

        assertThat(thisYear.get("at").asString()).isEqualTo(today.toString());
        assertThat(noDate.get("at").asString()).isEqualTo(today.toString());
        assertThat(noDate.get("year").asInt()).isEqualTo(today.getYear());
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
            "/api/workload/members?at=2025-06-31,          at",
            "/api/workload/units?year=last,                year",
            "/api/workload/units?year=1999,                year",
            "/api/workload/members?at=2025-06-30&year=2024, year"})
    void a_parameter_that_cannot_be_used_answers_400_naming_it(String request, String parameter) {
        QuerySideUnderTest.Reply reply = querySide.get(request);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.invalidParameter()).isEqualTo(parameter);
    }
}
