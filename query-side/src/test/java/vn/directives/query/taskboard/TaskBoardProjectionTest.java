package vn.directives.query.taskboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.axonframework.eventhandling.DomainEventMessage;
import tools.jackson.databind.JsonNode;
import vn.directives.query.ProjectionDriver;
import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.cellestablishment.CellEstablishmentAbandoned;
import vn.directives.events.cellestablishment.CellEstablishmentEvent;
import vn.directives.events.cellestablishment.MemberPoolConfirmed;
import vn.directives.events.cellestablishment.OwnerEngaged;
import vn.directives.events.generaltask.GeneralTaskEvent;
import vn.directives.events.membertransfer.MemberTransferEvent;
import vn.directives.events.survey.EnterpriseFindings;
import vn.directives.events.survey.OwnerAttitude;
import vn.directives.events.survey.Ownership;
import vn.directives.events.survey.SurveyFindingRecorded;
import vn.directives.events.survey.SurveyEvent;
import vn.directives.events.task.TaskKind;
import vn.directives.events.task.TaskOpening;
import vn.directives.events.trainingcourse.TrainingCourseEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each event does to the task board, driven through the real projection into the real
 * PostgreSQL and read back over the query side's HTTP API.
 */
class TaskBoardProjectionTest {

    private static final LocalDate JAN_10 = LocalDate.of(2025, 1, 10);
    private static final LocalDate MAR_31 = LocalDate.of(2025, 3, 31);

    private static QuerySideUnderTest querySide;

    private TaskBoardFeed feed;
    private String directive;
    private String leadUnit;
    private String coordinatingUnit;
    private String otherCoordinatingUnit;
    private String member;
    private String otherMember;

    @BeforeAll
    static void start() {
        querySide = QuerySideUnderTest.start();
    }

    @AfterAll
    static void stop() {
        querySide.close();
    }

    @BeforeEach
    void freshIds() {
        feed = querySide.feed();
        directive = "directive-" + UUID.randomUUID();
        leadUnit = "unit-" + UUID.randomUUID();
        coordinatingUnit = "unit-" + UUID.randomUUID();
        otherCoordinatingUnit = "unit-" + UUID.randomUUID();
        member = "member-" + UUID.randomUUID();
        otherMember = "member-" + UUID.randomUUID();
    }

    private TaskScript open(TaskKind kind, String title) {
        return feed.open(kind, TaskScript.header(directive, title, leadUnit, member, MAR_31, coordinatingUnit,
                otherCoordinatingUnit), JAN_10);
    }

    private JsonNode task(String collection, String id) {
        QuerySideUnderTest.Reply reply = querySide.get("/api/" + collection + "/" + id + "?at=2025-02-01");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    @Test
    void every_kind_opens_a_task_listed_on_the_board_and_under_its_own_collection() {
        Map<TaskKind, String> collections = Map.of(TaskKind.SURVEY, "surveys",
                TaskKind.CELL_ESTABLISHMENT, "cell-establishments", TaskKind.MEMBER_TRANSFER, "member-transfers",
                TaskKind.TRAINING_COURSE, "training-courses", TaskKind.GENERAL, "general-tasks");
        Map<TaskKind, String> labels = Map.of(TaskKind.SURVEY, "Khảo sát",
                TaskKind.CELL_ESTABLISHMENT, "Thành lập tổ chức đảng",
                TaskKind.MEMBER_TRANSFER, "Chuyển sinh hoạt đảng",
                TaskKind.TRAINING_COURSE, "Lớp bồi dưỡng", TaskKind.GENERAL, "Nhiệm vụ");
        Map<TaskKind, String> firstSteps = Map.of(TaskKind.SURVEY, "SURVEY_OPENED",
                TaskKind.CELL_ESTABLISHMENT, "ESTABLISHMENT_OPENED", TaskKind.MEMBER_TRANSFER, "TRANSFER_REQUESTED",
                TaskKind.TRAINING_COURSE, "COURSE_PLANNED", TaskKind.GENERAL, "GENERAL_OPENED");

        for (TaskKind kind : TaskKind.values()) {
            String id = open(kind, "Nhiệm vụ " + kind).id();
            String collection = collections.get(kind);
            QuerySideUnderTest.Reply reply = querySide.get("/api/" + collection + "/" + id);

            assertThat(reply.status()).as(kind + ": " + reply.body()).isEqualTo(200);
            assertThat(reply.etag()).isEqualTo("\"0\"");
            JsonNode task = reply.body();
            assertThat(task.get("id").asString()).isEqualTo(id);
            assertThat(task.get("kind").asString()).isEqualTo(kind.name());
            assertThat(task.get("kindLabel").asString()).isEqualTo(labels.get(kind));
            assertThat(task.get("href").asString()).isEqualTo("/api/" + collection + "/" + id);
            assertThat(task.get("directiveId").asString()).isEqualTo(directive);
            assertThat(task.get("pointNumber").asInt()).isEqualTo(1);
            assertThat(task.get("title").asString()).isEqualTo("Nhiệm vụ " + kind);
            assertThat(task.get("leadUnitId").asString()).isEqualTo(leadUnit);
            assertThat(strings(task.get("coordinatingUnitIds")))
                    .containsExactly(coordinatingUnit, otherCoordinatingUnit);
            assertThat(task.get("assigneeId").asString()).isEqualTo(member);
            assertThat(task.get("openedOn").asString()).isEqualTo("2025-01-10");
            assertThat(task.get("openedBy").asString()).isEqualTo("ban-to-chuc-01");
            assertThat(task.get("lastRecordedAt").asString()).isNotBlank();
            assertThat(task.get("dueDate").asString()).isEqualTo("2025-03-31");
            assertThat(task.get("status").asString()).isEqualTo("OPEN");
            assertThat(task.get("statusLabel").asString()).isEqualTo("Đang thực hiện");
            assertThat(task.get("statusLabelEn").asString()).isEqualTo("Open");
            assertThat(task.get("step").asString()).isEqualTo(firstSteps.get(kind));
            assertThat(task.get("pendingExtension").isNull()).isTrue();
            assertThat(task.get("extensionsApproved").asInt()).isZero();
            assertThat(task.get("extensionsRejected").asInt()).isZero();
            assertThat(task.get("version").asLong()).isZero();
            assertThat(querySide.get("/api/tasks/" + id).body()).isEqualTo(task);
        }

        JsonNode board = querySide.get("/api/tasks?directiveId=" + directive).body();
        assertThat(board.get("totalElements").asLong()).isEqualTo(5);
        assertThat(ids(board, "kind")).containsExactlyInAnyOrder(
                "SURVEY", "CELL_ESTABLISHMENT", "MEMBER_TRANSFER", "TRAINING_COURSE", "GENERAL");
    }

    @Test
    void a_task_is_found_only_under_its_own_kind_and_an_unknown_one_nowhere() {
        String survey = open(TaskKind.SURVEY, "Khảo sát doanh nghiệp KCN Yên Bình").id();

        assertThat(querySide.get("/api/cell-establishments/" + survey).status()).isEqualTo(404);
        assertThat(querySide.get("/api/tasks/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(querySide.get("/api/surveys/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void a_reassignment_changes_the_assignee_from_its_effective_date() {
        String id = open(TaskKind.SURVEY, "Khảo sát").reassign(otherMember, LocalDate.of(2025, 3, 1)).id();

        JsonNode now = querySide.get("/api/surveys/" + id).body();
        assertThat(now.get("assigneeId").asString()).isEqualTo(otherMember);
        assertThat(now.get("version").asLong()).isEqualTo(1);
        assertThat(task("surveys", id).at("/asOf/assigneeId").asString()).isEqualTo(member);
        assertThat(querySide.get("/api/surveys/" + id + "?at=2025-03-01").body().at("/asOf/assigneeId").asString())
                .isEqualTo(otherMember);
    }

    @Test
    void a_reminder_changes_nothing_shown_but_moves_the_version_if_match_needs() {
        String id = open(TaskKind.SURVEY, "Khảo sát").remind(LocalDate.of(2025, 3, 1)).id();

        JsonNode task = querySide.get("/api/surveys/" + id).body();
        assertThat(task.get("version").asLong()).isEqualTo(1);
        assertThat(task.get("assigneeId").asString()).isEqualTo(member);
    }

    @Test
    void an_approved_extension_moves_the_due_date_and_a_rejected_one_leaves_it() {
        TaskScript approved = open(TaskKind.MEMBER_TRANSFER, "Chuyển sinh hoạt")
                .requestExtension(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 1, 20));
        TaskScript rejected = open(TaskKind.TRAINING_COURSE, "Lớp bồi dưỡng")
                .requestExtension(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 1, 21));

        JsonNode pending = task("member-transfers", approved.id());
        assertThat(pending.at("/pendingExtension/requestedDueDate").asString()).isEqualTo("2025-05-31");
        assertThat(pending.at("/pendingExtension/requestedOn").asString()).isEqualTo("2025-01-20");
        assertThat(pending.at("/pendingExtension/extensionId").asString()).isNotBlank();
        assertThat(pending.get("dueDate").asString()).isEqualTo("2025-03-31");

        approved.approveExtension(LocalDate.of(2025, 1, 25));
        rejected.rejectExtension(LocalDate.of(2025, 1, 25));

        JsonNode moved = task("member-transfers", approved.id());
        assertThat(moved.get("dueDate").asString()).isEqualTo("2025-05-31");
        assertThat(moved.get("pendingExtension").isNull()).isTrue();
        assertThat(moved.get("extensionsApproved").asInt()).isEqualTo(1);
        assertThat(moved.get("extensionsRejected").asInt()).isZero();
        assertThat(moved.get("version").asLong()).isEqualTo(2);

        JsonNode stayed = task("training-courses", rejected.id());
        assertThat(stayed.get("dueDate").asString()).isEqualTo("2025-03-31");
        assertThat(stayed.get("pendingExtension").isNull()).isTrue();
        assertThat(stayed.get("extensionsApproved").asInt()).isZero();
        assertThat(stayed.get("extensionsRejected").asInt()).isEqualTo(1);
        assertThat(stayed.at("/asOf/dueDate").asString()).isEqualTo("2025-03-31");
    }

    @Test
    void a_cancelled_task_says_when_and_why_and_is_listed_apart() {
        String id = open(TaskKind.SURVEY, "Khảo sát")
                .requestExtension(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 1, 15))
                .cancel("Trùng với đợt khảo sát của Liên đoàn Lao động tỉnh", LocalDate.of(2025, 1, 20)).id();

        JsonNode task = task("surveys", id);
        assertThat(task.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(task.get("statusLabel").asString()).isEqualTo("Đã hủy");
        assertThat(task.get("cancelledOn").asString()).isEqualTo("2025-01-20");
        assertThat(task.get("cancellationReason").asString())
                .isEqualTo("Trùng với đợt khảo sát của Liên đoàn Lao động tỉnh");
        assertThat(task.get("completedOn").isNull()).isTrue();
        assertThat(task.get("pendingExtension").isNull()).isTrue();
        assertThat(task.at("/asOf/category").asString()).isEqualTo("CANCELLED");
        assertThat(task.at("/asOf/categoryLabel").asString()).isEqualTo("Đã hủy");
    }

    @Test
    void an_abandoned_establishment_is_a_cancelled_task_at_its_last_step() {
        TaskScript establishment = open(TaskKind.CELL_ESTABLISHMENT, "Thành lập chi bộ");
        String id = establishment
                .then(new CellEstablishmentAbandoned(establishment.id(), AbandonmentReason.ENTERPRISE_DISSOLVED,
                        "Doanh nghiệp giải thể", LocalDate.of(2025, 1, 20), "ban-to-chuc-01"))
                .cancel("Doanh nghiệp giải thể", LocalDate.of(2025, 1, 20)).id();

        JsonNode task = task("cell-establishments", id);
        assertThat(task.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(task.get("step").asString()).isEqualTo("ESTABLISHMENT_ABANDONED");
        assertThat(task.get("stepLabel").asString()).isEqualTo("Đã dừng thành lập");
        assertThat(task.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void completing_a_task_of_any_kind_closes_its_steps_and_the_task() {
        Map<TaskKind, String> lastSteps = Map.of(TaskKind.SURVEY, "SURVEY_CLOSED",
                TaskKind.CELL_ESTABLISHMENT, "ESTABLISHMENT_COMPLETED", TaskKind.MEMBER_TRANSFER, "TRANSFER_COMPLETED",
                TaskKind.TRAINING_COURSE, "COURSE_CLOSED", TaskKind.GENERAL, "PRODUCT_DELIVERED");
        for (TaskKind kind : TaskKind.values()) {
            String id = open(kind, "Nhiệm vụ").complete(LocalDate.of(2025, 1, 30)).id();

            JsonNode task = querySide.get("/api/tasks/" + id).body();
            assertThat(task.get("status").asString()).as(kind.name()).isEqualTo("COMPLETED");
            assertThat(task.get("statusLabel").asString()).isEqualTo("Đã hoàn thành");
            assertThat(task.get("completedOn").asString()).isEqualTo("2025-01-30");
            assertThat(task.get("step").asString()).isEqualTo(lastSteps.get(kind));
            assertThat(task.get("version").asLong()).isEqualTo(2);
        }
    }

    @Test
    void an_earlier_step_repeated_later_does_not_move_the_task_back() {
        TaskScript establishment = open(TaskKind.CELL_ESTABLISHMENT, "Thành lập chi bộ");
        String id = establishment.id();
        establishment
                .then(new OwnerEngaged(id, OwnerAttitude.UNDECIDED, null, LocalDate.of(2025, 1, 12), "m"))
                .then(new MemberPoolConfirmed(id, 4, 1, 3, List.of(), LocalDate.of(2025, 1, 15), "m"))
                .then(new OwnerEngaged(id, OwnerAttitude.SUPPORTIVE, null, LocalDate.of(2025, 1, 16), "m"));

        JsonNode task = task("cell-establishments", id);
        assertThat(task.get("step").asString()).isEqualTo("MEMBER_POOL_CONFIRMED");
        assertThat(task.get("stepLabelEn").asString()).isEqualTo("Member pool confirmed");
        assertThat(task.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void a_surveys_findings_in_one_batch_bring_it_to_their_step_at_the_last_findings_version() {
        ProjectionDriver board = querySide.boardDriver();
        String id = UUID.randomUUID().toString();
        Instant recorded = Instant.parse("2025-01-20T03:00:00Z");
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        batch.add(board.event(id, TaskScript.opening(TaskKind.SURVEY, id, TaskScript.header(directive, "Khảo sát",
                leadUnit, member, MAR_31, coordinatingUnit, otherCoordinatingUnit), JAN_10), recorded.minusSeconds(60)));
        for (int i = 0; i < 3; i++) {
            batch.add(board.event(id, new SurveyFindingRecorded(id, new EnterpriseFindings("460123456" + i,
                    "Công ty " + i, Ownership.PRIVATE, 10, 1, 0, 0, 1, false, 0, false, 0, false,
                    OwnerAttitude.SUPPORTIVE), LocalDate.of(2025, 1, 20), member), recorded.plusSeconds(i)));
        }
        board.apply(batch);

        JsonNode task = task("surveys", id);
        assertThat(task.get("step").asString()).isEqualTo("FINDINGS_RECORDED");
        assertThat(task.get("version").asLong()).isEqualTo(3);
        Map<String, Object> row = querySide.jdbc().sql("SELECT version, last_recorded_at FROM query.task_board WHERE task_id = ?")
                .param(id).query().singleRow();
        assertThat(((java.sql.Timestamp) row.get("last_recorded_at")).toInstant()).isEqualTo(recorded.plusSeconds(2));

        List<Map<String, Object>> before = rows(List.of(id));
        board.applyEachTwice(batch);
        assertThat(rows(List.of(id))).isEqualTo(before);
    }

    @Test
    void every_event_of_a_kind_after_its_opening_brings_the_task_to_a_step() {
        List<Class<?>> kindEvents = Stream.of(SurveyEvent.class, CellEstablishmentEvent.class,
                        MemberTransferEvent.class, TrainingCourseEvent.class, GeneralTaskEvent.class)
                .flatMap(type -> Arrays.stream(type.getPermittedSubclasses()))
                .filter(type -> !TaskOpening.class.isAssignableFrom(type))
                .toList();

        assertThat(kindEvents).hasSizeGreaterThan(15)
                .allSatisfy(type -> assertThat(TaskStep.after(type)).as(type.getSimpleName()).isPresent());
    }

    @Test
    void applying_every_event_again_changes_no_row() {
        TaskScript survey = open(TaskKind.SURVEY, "Khảo sát")
                .reassign(otherMember, LocalDate.of(2025, 1, 12))
                .requestExtension(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 1, 15))
                .approveExtension(LocalDate.of(2025, 1, 16))
                .requestExtension(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 2, 1))
                .rejectExtension(LocalDate.of(2025, 2, 2))
                .complete(LocalDate.of(2025, 4, 20));
        TaskScript transfer = open(TaskKind.MEMBER_TRANSFER, "Chuyển sinh hoạt")
                .requestExtension(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 1, 15))
                .cancel("Đảng viên chuyển công tác", LocalDate.of(2025, 1, 18));
        TaskScript establishment = open(TaskKind.CELL_ESTABLISHMENT, "Thành lập chi bộ");
        establishment.then(new OwnerEngaged(establishment.id(), OwnerAttitude.SUPPORTIVE, null, JAN_10, "m"));
        List<String> ids = List.of(survey.id(), transfer.id(), establishment.id());
        List<Map<String, Object>> before = rows(ids);

        feed.applyEverythingAgain();

        assertThat(rows(ids)).isEqualTo(before);
        assertThat(Stream.of(survey, transfer, establishment)
                .map(task -> querySide.get("/api/tasks/" + task.id()).body().get("version").asLong()))
                .containsExactly(7L, 2L, 1L);
    }

    @Test
    void a_reset_clears_the_board_for_a_rebuild() {
        String id = open(TaskKind.SURVEY, "Khảo sát").extend(LocalDate.of(2025, 5, 31), JAN_10).id();
        assertThat(rows(List.of(id))).as("task, 2 coordinating units, 2 due dates, 1 assignee").hasSize(6);

        querySide.resetTaskBoard();

        assertThat(rows(List.of(id))).isEmpty();
        assertThat(querySide.get("/api/tasks/" + id).status()).isEqualTo(404);
    }

    /** Every row the board keeps for the tasks, task row first, then their history, in a stable order. */
    private List<Map<String, Object>> rows(List<String> ids) {
        String[] tables = {"task_board", "task_board_coordinating_unit", "task_board_due_date",
                "task_board_assignment"};
        return Stream.of(tables).flatMap(table -> querySide.jdbc()
                        .sql("SELECT * FROM query." + table + " WHERE task_id IN (:ids) ORDER BY 1, 2, 3")
                        .param("ids", ids).query().listOfRows().stream())
                .toList();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> ids(JsonNode page, String field) {
        return page.get("items").valueStream().map(item -> item.get(field).asString()).toList();
    }
}
