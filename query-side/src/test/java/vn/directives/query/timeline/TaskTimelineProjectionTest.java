package vn.directives.query.timeline;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskReassigned;


import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directives.query.timeline.RunningQuerySide.json;
import static vn.directives.query.timeline.TimelineSamples.*;

/**
 * The task timeline against PostgreSQL, over HTTP. Events are handed to the projection through
 * Axon's own handler invocation ({@link AnnotationEventHandlerAdapter}) as the domain event
 * messages the event store would deliver, metadata included: each test decides exactly which
 * events arrive, in which order and how often, which appending to the store cannot (its
 * processor delivers each event once, in order). {@link TaskTimelineFollowsTheEventStoreTest}
 * covers the way through the store.
 */
class TaskTimelineProjectionTest {

    private static final Instant RECORDED = Instant.parse("2025-06-12T02:15:30.123Z");

    private static RunningQuerySide querySide;
    private static AnnotationEventHandlerAdapter projection;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() {
        querySide = RunningQuerySide.start();
        projection = new AnnotationEventHandlerAdapter(querySide.bean(TaskTimelineProjection.class));
        jdbc = querySide.bean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        if (querySide != null) {
            querySide.close();
        }
    }

    @Test
    void the_timeline_lists_every_event_of_the_task_in_the_order_it_happened_to_it() throws Exception {
        String task = newTaskId();
        List<DomainEventMessage<?>> story = survey(task);
        // the projection may receive them in any order (segments, replays): the sequence orders them
        for (int index : new int[]{3, 0, 5, 1, 4, 2}) {
            feed(story.get(index));
        }

        JsonNode timeline = json(timeline(task, ""));

        assertThat(timeline.get("taskId").asString()).isEqualTo(task);
        assertThat(timeline.get("totalElements").asLong()).isEqualTo(6);
        assertThat(values(timeline, entry -> entry.get("sequenceNumber").asString()))
                .containsExactly("0", "1", "2", "3", "4", "5");
        assertThat(values(timeline, entry -> entry.get("eventType").asString())).containsExactly("SurveyOpened",
                "DueDateExtensionRequested", "DueDateExtensionApproved", "SurveyFindingRecorded", "SurveyClosed",
                "TaskCompleted");
        assertThat(values(timeline, entry -> entry.get("eventId").asString()))
                .containsExactlyElementsOf(story.stream().map(DomainEventMessage::getIdentifier).toList());
    }

    @Test
    void each_entry_says_who_acted_in_which_role_when_it_was_recorded_when_it_took_effect_and_what_changed()
            throws Exception {
        String task = newTaskId();
        survey(task).forEach(TaskTimelineProjectionTest::feed);

        JsonNode approval = json(timeline(task, "")).get("items").get(2);

        assertThat(approval.get("eventType").asString()).isEqualTo("DueDateExtensionApproved");
        assertThat(approval.get("actor").asString()).isEqualTo("organization-committee");
        assertThat(approval.get("role").asString()).isEqualTo("ORGANIZATION_COMMITTEE");
        assertThat(approval.get("roleLabel").asString()).isEqualTo("Ban Tổ chức Tỉnh ủy");
        assertThat(Instant.parse(approval.get("recordedAt").asString())).isEqualTo(RECORDED.plus(2, ChronoUnit.HOURS));
        assertThat(LocalDate.parse(approval.get("effectiveOn").asString())).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(approval.get("correlationId").asString()).isEqualTo("req-" + task + "-2");
        assertThat(approval.get("change").asString())
                .isEqualTo("Gia hạn đến 31/08/2025 được Ban Tổ chức Tỉnh ủy phê duyệt (hạn cũ 30/06/2025)");
        assertThat(approval.get("changeEn").asString())
                .isEqualTo("Due date extended to 31/08/2025, approved by the Organization Committee (previously 30/06/2025)");
    }

    @Test
    void the_timeline_speaks_english_when_asked() throws Exception {
        String task = newTaskId();
        survey(task).forEach(TaskTimelineProjectionTest::feed);

        JsonNode timeline = json(timeline(task, "?lang=en"));
        JsonNode request = timeline.get("items").get(1);

        assertThat(timeline.get("lang").asString()).isEqualTo("en");
        assertThat(request.get("change").asString()).isEqualTo("Extension of the due date to 31/08/2025 requested "
                + "(currently due 30/06/2025; reason: Doanh nghiệp chưa bố trí được thời gian làm việc)");
        assertThat(request.get("roleLabel").asString()).isEqualTo("Steering Committee member");
        assertThat(json(timeline(task, "")).get("items").get(1).get("change").asString())
                .isEqualTo("Đề nghị gia hạn đến 31/08/2025 (hạn hiện tại 30/06/2025; "
                        + "lý do: Doanh nghiệp chưa bố trí được thời gian làm việc)");
    }

    static Stream<Arguments> stepsOfEachKind() {
        return Stream.of(
                Arguments.of("survey", (Function<String, Object>) TimelineSamples::surveyOpened,
                        (Function<String, Object>) TimelineSamples::findingRecorded,
                        "Ghi nhận kết quả khảo sát Công ty TNHH Minh Phát (MST 4601234567, doanh nghiệp tư nhân): 250 lao động, ",
                        "Survey findings recorded for Công ty TNHH Minh Phát (tax code 4601234567, private enterprise): 250 workers, "),
                Arguments.of("cell establishment", (Function<String, Object>) TimelineSamples::cellEstablishmentOpened,
                        (Function<String, Object>) TimelineSamples::decisionIssued,
                        "Quyết định thành lập Chi bộ Công ty TNHH Minh Phát số 125-QĐ/ĐU ngày 15/07/2025 ",
                        "Decision No. 125-QĐ/ĐU of 15/07/2025 by Đảng ủy các Khu công nghiệp tỉnh "),
                Arguments.of("member transfer", (Function<String, Object>) TimelineSamples::transferRequested,
                        (Function<String, Object>) TimelineSamples::letterIssuedLate,
                        "Cấp giấy giới thiệu số 45-GGT/ĐU (chậm 3 ngày làm việc so với hạn 12/08/2025; ",
                        "Introduction letter No. 45-GGT/ĐU issued (3 working days late against 12/08/2025; "),
                Arguments.of("training course", (Function<String, Object>) TimelineSamples::coursePlanned,
                        (Function<String, Object>) TimelineSamples::enrolled,
                        "Ghi danh 2 học viên", "2 participants enrolled"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepsOfEachKind")
    void each_kind_of_task_tells_its_own_steps_in_vietnamese_and_english(String kind, Function<String, Object> opening,
                                                                          Function<String, Object> step,
                                                                          String vietnamese, String english)
            throws Exception {
        String task = newTaskId();
        feed(Recorded.event(task, 0, opening.apply(task), "organization-committee", "ORGANIZATION_COMMITTEE",
                "req-open", RECORDED));
        feed(Recorded.event(task, 1, step.apply(task), "member-le", "STEERING_MEMBER", "req-step", RECORDED));

        JsonNode vi = json(timeline(task, "")).get("items");
        JsonNode en = json(timeline(task, "?lang=en")).get("items");

        assertThat(vi).hasSize(2);
        assertThat(vi.get(1).get("change").asString()).startsWith(vietnamese);
        assertThat(vi.get(1).get("changeEn").asString()).startsWith(english);
        assertThat(en.get(1).get("change").asString()).startsWith(english);
        assertThat(vi.get(0).get("change").asString()).isEqualTo(NamedIds.unnamed(TimelineSentences.forEveryTaskEvent()
                .describe(opening.apply(task)).vietnamese()));
    }

    @Test
    void units_and_members_are_named_as_they_were_on_the_day_of_the_step_when_the_timeline_is_read()
            throws Exception {
        String task = newTaskId();
        String lead = "unit-" + task;
        String member = "member-" + task;
        jdbc.sql("""
                        INSERT INTO query.unit (unit_id, kind, active_from, registered_at, last_sequence)
                        VALUES (:unit, 'COMMUNE_COMMITTEE', DATE '2020-01-01', now(), 1)""")
                .param("unit", lead).update();
        jdbc.sql("""
                        INSERT INTO query.unit_name (unit_id, sequence_number, name, valid_from, valid_until, recorded_at)
                        VALUES (:unit, 0, 'Đảng ủy phường Quy Nhơn', DATE '2020-01-01', DATE '2025-07-01', now()),
                               (:unit, 1, 'Đảng ủy phường Quy Nhơn Nam', DATE '2025-07-01', NULL, now())""")
                .param("unit", lead).update();
        jdbc.sql("""
                        INSERT INTO query.steering_member (member_id, display_name, appointed_on, appointed_at, last_sequence)
                        VALUES (:member, 'Nguyễn Thị Lan', DATE '2021-01-01', now(), 0)""")
                .param("member", member).update();
        // opened on 3/2/2025 under the unit's first name; delegated on 1/9/2025, after it was renamed
        feed(Recorded.event(task, 0, new GeneralTaskOpened(task, new TaskHeader("directive-42", 6,
                        "Đối thoại với chủ doanh nghiệp", lead, List.of(lead), member, LocalDate.of(2025, 11, 30)),
                        null, "Hội nghị", null, LocalDate.of(2025, 2, 3), "ban-to-chuc"),
                "organization-committee", "ORGANIZATION_COMMITTEE", "req-open", RECORDED));
        feed(Recorded.event(task, 1, new TaskReassigned(task, member, "member-nobody-named", "Chuyển công tác",
                        LocalDate.of(2025, 9, 1), "ban-to-chuc"), "organization-committee", "ORGANIZATION_COMMITTEE", "req-2",
                RECORDED));

        JsonNode vi = json(timeline(task, "")).get("items");
        JsonNode en = json(timeline(task, "?lang=en")).get("items");

        assertThat(vi.get(0).get("change").asString())
                .contains("chủ trì: Đảng ủy phường Quy Nhơn; phối hợp: Đảng ủy phường Quy Nhơn;")
                .contains("giao cho thành viên Nguyễn Thị Lan;")
                .doesNotContain(lead).doesNotContain(member);
        assertThat(en.get(0).get("change").asString()).contains("lead unit: Đảng ủy phường Quy Nhơn;")
                .contains("assigned to member Nguyễn Thị Lan;");
        // an id nobody has named reads as the id
        assertThat(vi.get(1).get("change").asString())
                .startsWith("Giao lại nhiệm vụ cho thành viên member-nobody-named (thay thành viên Nguyễn Thị Lan;");
    }

    @Test
    void the_same_event_applied_twice_is_one_entry() throws Exception {
        String task = newTaskId();
        DomainEventMessage<?> opened = Recorded.event(task, 0, coursePlanned(task), "organization-committee",
                "ORGANIZATION_COMMITTEE", "req-1", RECORDED);

        feed(opened);
        feed(opened);

        assertThat(rowsOf(task)).isEqualTo(1);
        assertThat(json(timeline(task, "")).get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void a_reset_empties_the_timeline() throws Exception {
        String task = newTaskId();
        survey(task).forEach(TaskTimelineProjectionTest::feed);
        assertThat(rowsOf(task)).isEqualTo(6);

        projection.prepareReset();

        assertThat(jdbc.sql("SELECT count(*) FROM query.task_timeline_entry").query(Long.class).single()).isZero();
        assertThat(timeline(task, "").statusCode()).isEqualTo(404);
    }

    @Test
    void an_unknown_task_has_no_timeline() throws Exception {
        assertThat(timeline(newTaskId(), "").statusCode()).isEqualTo(404);
    }

    @Test
    void a_long_timeline_is_read_page_by_page() throws Exception {
        String task = newTaskId();
        survey(task).forEach(TaskTimelineProjectionTest::feed);

        JsonNode second = json(timeline(task, "?page=1&size=4"));

        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(4);
        assertThat(second.get("totalElements").asLong()).isEqualTo(6);
        assertThat(values(second, entry -> entry.get("sequenceNumber").asString())).containsExactly("4", "5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?lang=fr", "?page=-1", "?size=0", "?size=201"})
    void a_bad_parameter_is_refused(String query) throws Exception {
        String task = newTaskId();
        feed(Recorded.event(task, 0, surveyOpened(task), "organization-committee", "ORGANIZATION_COMMITTEE", "req-1",
                RECORDED));

        assertThat(timeline(task, query).statusCode()).isEqualTo(400);
    }

    /** A survey from opening to completion, its extension requested by the assignee and approved. */
    private static List<DomainEventMessage<?>> survey(String task) {
        List<Object> events = List.of(surveyOpened(task), extensionRequested(task), extensionApproved(task),
                findingRecorded(task), surveyClosed(task), completed(task));
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            boolean committee = sequence == 0 || sequence == 2;
            messages.add(Recorded.event(task, sequence, events.get(sequence),
                    committee ? "organization-committee" : "member-nguyen",
                    committee ? "ORGANIZATION_COMMITTEE" : "STEERING_MEMBER",
                    "req-" + task + "-" + sequence, RECORDED.plus(sequence, ChronoUnit.HOURS)));
        }
        return messages;
    }

    private static void feed(DomainEventMessage<?> message) {
        try {
            projection.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> timeline(String task, String query) throws Exception {
        return querySide.get("/api/tasks/" + task + "/timeline" + query);
    }

    private static long rowsOf(String task) {
        return jdbc.sql("SELECT count(*) FROM query.task_timeline_entry WHERE task_id = :task")
                .param("task", task).query(Long.class).single();
    }

    private static List<String> values(JsonNode timeline, Function<JsonNode, String> field) {
        List<String> values = new ArrayList<>();
        timeline.get("items").forEach(entry -> values.add(field.apply(entry)));
        return values;
    }

    private static String newTaskId() {
        return UUID.randomUUID().toString();
    }
}
