package vn.directives.query.deadlines;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.directives.command.calendar.WorkingDayCalendar;
import vn.directives.events.calendar.DayOff;
import vn.directives.events.calendar.WorkingCalendarYearAdopted;
import vn.directives.events.survey.SurveyOpened;
import vn.directives.events.survey.SurveyScope;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;
import vn.directives.events.task.TaskReassigned;
import vn.directives.platform.web.RequestRefused;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines on the query side, with the command side beside it in one JVM over real HTTP and the
 * real PostgreSQL: the calendar the command side adopts at start-up becomes the query side's day
 * table, tasks opened and changed on the command side become its deadline lists, and working
 * days are counted as the command side's {@link WorkingDayCalendar} counts them.
 *
 * <p>Every expected number was counted by hand on a wall calendar. Tết 2026: Mon 16/2 to Fri
 * 20/2 off. Around 30/4/2025: Sat 26/4 worked in exchange for Fri 2/5; Wed 30/4, Thu 1/5 and Fri
 * 2/5 off.
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class DeadlinesEndToEndTest {

    private static final WorkingDayCalendar ORACLE = WorkingDayCalendar.bundled();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static BothSides sides;
    /** Task id → the short name the tests use (A1, B4, …), also the end of each task's title. */
    private static final Map<String, String> NAMES = new HashMap<>();

    private static String tetUnit;
    private static String mayUnit;
    private static String mayFirstMember;
    private static String maySecondMember;

    @BeforeAll
    static void startBothSidesAndOpenTasks() {
        sides = BothSides.start();

        // Around Tết 2026, all assigned to one member.
        tetUnit = sides.unit("Đảng ủy xã Tân Cương");
        String tetMember = sides.member(tetUnit);
        String tetDirective = sides.directive(tetUnit);
        open(tetDirective, tetUnit, tetMember, "A1", "2026-02-11"); // Wed
        open(tetDirective, tetUnit, tetMember, "A2", "2026-02-12"); // Thu
        open(tetDirective, tetUnit, tetMember, "A3", "2026-02-13"); // Fri, last working day before Tết
        open(tetDirective, tetUnit, tetMember, "A4", "2026-02-20"); // Fri, Tết
        open(tetDirective, tetUnit, tetMember, "A5", "2026-02-23"); // Mon, first working day after Tết
        open(tetDirective, tetUnit, tetMember, "A6", "2026-02-24"); // Tue

        // Around 30/4–1/5 2025: B1–B3 to one member, B4–B6 to another.
        mayUnit = sides.unit("Đảng ủy phường Phổ Yên");
        mayFirstMember = sides.member(mayUnit);
        maySecondMember = sides.member(mayUnit);
        String mayDirective = sides.directive(mayUnit);
        open(mayDirective, mayUnit, mayFirstMember, "B1", "2025-04-25");  // Fri
        open(mayDirective, mayUnit, mayFirstMember, "B2", "2025-04-26");  // Sat, worked
        open(mayDirective, mayUnit, mayFirstMember, "B3", "2025-04-27");  // Sun
        open(mayDirective, mayUnit, maySecondMember, "B4", "2025-04-28"); // Mon
        open(mayDirective, mayUnit, maySecondMember, "B5", "2025-04-29"); // Tue
        open(mayDirective, mayUnit, maySecondMember, "B6", "2025-05-02"); // Fri, swapped day off

        await("the adopted calendar and the tasks on the query side").atMost(PATIENCE)
                .until(() -> adoptedBundledYears() == 9 && tasksOf(tetUnit) == 6 && tasksOf(mayUnit) == 6);
    }

    @AfterAll
    static void stopBothSides() {
        if (sides != null) {
            sides.close();
        }
    }

    @Nested
    class WorkingDaysOnTheQuerySide {

        @Test
        void every_day_of_the_bundled_years_works_or_rests_as_the_command_side_calendar_says() {
            Map<LocalDate, Boolean> days = jdbc()
                    .sql("SELECT date, working FROM query.calendar_day WHERE date BETWEEN '2022-01-01' AND '2030-12-31'")
                    .query((row, number) -> Map.entry(row.getObject("date", LocalDate.class), row.getBoolean("working")))
                    .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

            List<LocalDate> bundled = LocalDate.of(2022, 1, 1).datesUntil(LocalDate.of(2031, 1, 1)).toList();
            assertThat(days.keySet()).containsExactlyInAnyOrderElementsOf(bundled);
            assertThat(bundled).allSatisfy(day ->
                    assertThat(days.get(day)).as(day.toString()).isEqualTo(ORACLE.isWorkingDay(day)));
        }

        @Test
        void working_days_between_any_two_days_around_tet_2026_are_counted_as_the_command_side_counts() {
            assertSameCountsAsTheCommandSide(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 6));
        }

        @Test
        void working_days_between_any_two_days_around_30_april_2025_are_counted_as_the_command_side_counts() {
            assertSameCountsAsTheCommandSide(LocalDate.of(2025, 4, 18), LocalDate.of(2025, 5, 12));
        }

        @Test
        void the_nth_working_day_after_any_day_around_the_holidays_is_the_command_side_one() {
            AdoptedCalendar calendar = sides.querySide.getBean(AdoptedCalendar.class);
            for (LocalDate start : List.of(LocalDate.of(2026, 2, 5), LocalDate.of(2025, 4, 20))) {
                for (LocalDate day = start; day.isBefore(start.plusDays(20)); day = day.plusDays(1)) {
                    for (int n = 0; n <= 10; n++) {
                        assertThat(calendar.addWorkingDays(day, n)).as(n + " working days after " + day)
                                .isEqualTo(ORACLE.addWorkingDays(day, n));
                    }
                }
            }
        }

        @Test
        void the_first_working_day_after_the_last_one_before_tet_2026_is_monday_23_february() {
            AdoptedCalendar calendar = sides.querySide.getBean(AdoptedCalendar.class);
            assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        }

        private void assertSameCountsAsTheCommandSide(LocalDate first, LocalDate last) {
            record Count(LocalDate from, LocalDate to, int days) {
            }
            List<Count> counts = jdbc().sql("SELECT f::date AS from_day, t::date AS to_day, "
                            + AdoptedCalendar.workingDaysBetween("f::date", "t::date") + " AS days"
                            + " FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 day') f,"
                            + "      generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 day') t"
                            + " WHERE t >= f")
                    .param("first", first)
                    .param("last", last)
                    .query((row, number) -> new Count(row.getObject("from_day", LocalDate.class),
                            row.getObject("to_day", LocalDate.class), row.getInt("days")))
                    .list();

            assertThat(counts).hasSizeGreaterThan(300).allSatisfy(count ->
                    assertThat(count.days()).as(count.from() + ".." + count.to())
                            .isEqualTo(ORACLE.workingDaysBetween(count.from(), count.to())));
        }
    }

    @Nested
    class Upcoming {

        @Test
        void within_two_working_days_before_tet_2026_reaches_the_first_monday_after_it() {
            JsonNode upcoming = get("/api/deadlines/upcoming?withinWorkingDays=2&at=2026-02-12&unitId=" + tetUnit);

            assertThat(upcoming.get("lastWorkingDay").asString()).isEqualTo("2026-02-23");
            assertThat(upcoming.get("totalElements").asLong()).isEqualTo(4);
            // name, working days left, calendar days left
            assertThat(rows(upcoming, "workingDaysLeft", "calendarDaysLeft"))
                    .containsExactly("A2 0 0", "A3 1 1", "A4 1 8", "A5 2 11");
        }

        @Test
        void a_saturday_worked_in_exchange_counts_as_a_working_day() {
            JsonNode upcoming = get("/api/deadlines/upcoming?withinWorkingDays=2&at=2025-04-25&unitId=" + mayUnit);

            assertThat(upcoming.get("lastWorkingDay").asString()).isEqualTo("2025-04-28");
            assertThat(rows(upcoming, "workingDaysLeft", "calendarDaysLeft"))
                    .containsExactly("B1 0 0", "B2 1 1", "B3 1 2", "B4 2 3");
        }

        @Test
        void a_task_due_on_the_swapped_day_off_after_30_april_has_no_working_day_left() {
            JsonNode upcoming = get("/api/deadlines/upcoming?withinWorkingDays=1&at=2025-04-29&unitId=" + mayUnit);

            assertThat(upcoming.get("lastWorkingDay").asString()).isEqualTo("2025-05-05");
            assertThat(rows(upcoming, "workingDaysLeft", "calendarDaysLeft")).containsExactly("B5 0 0", "B6 0 3");
        }

        @Test
        void zero_working_days_lists_only_the_tasks_due_on_the_date_and_the_days_off_after_it() {
            JsonNode upcoming = get("/api/deadlines/upcoming?withinWorkingDays=0&at=2026-02-13&unitId=" + tetUnit);

            assertThat(upcoming.get("lastWorkingDay").asString()).isEqualTo("2026-02-13");
            assertThat(rows(upcoming, "workingDaysLeft", "calendarDaysLeft")).containsExactly("A3 0 0", "A4 0 7");
        }

        @Test
        void tasks_are_filtered_by_assignee_and_carry_their_kind_in_vietnamese_and_english() {
            JsonNode upcoming = get("/api/deadlines/upcoming?withinWorkingDays=2&at=2025-04-25&unitId=" + mayUnit
                    + "&assigneeId=" + maySecondMember);

            assertThat(rows(upcoming, "workingDaysLeft", "calendarDaysLeft")).containsExactly("B4 2 3");
            JsonNode item = upcoming.get("items").get(0);
            assertThat(item.get("kind").asString()).isEqualTo("SURVEY");
            assertThat(item.get("kindLabel").asString()).isEqualTo("Khảo sát");
            assertThat(item.get("kindLabelEn").asString()).isEqualTo("Survey");
            assertThat(item.get("leadUnitId").asString()).isEqualTo(mayUnit);
            assertThat(item.get("assigneeId").asString()).isEqualTo(maySecondMember);
            assertThat(item.get("dueDate").asString()).isEqualTo("2025-04-28");
        }
    }

    @Nested
    class Overdue {

        @Test
        void after_tet_2026_lateness_is_counted_in_working_and_in_calendar_days() {
            JsonNode overdue = get("/api/deadlines/overdue?at=2026-02-23&unitId=" + tetUnit);

            // A5, due on the date asked, is not overdue.
            assertThat(overdue.get("totalElements").asLong()).isEqualTo(4);
            assertThat(rows(overdue, "workingDaysOverdue", "calendarDaysOverdue"))
                    .containsExactly("A1 3 12", "A2 2 11", "A3 1 10", "A4 1 3");
        }

        @Test
        void after_the_may_holidays_2025_the_three_days_off_do_not_count() {
            JsonNode overdue = get("/api/deadlines/overdue?at=2025-05-05&unitId=" + mayUnit);

            assertThat(rows(overdue, "workingDaysOverdue", "calendarDaysOverdue"))
                    .containsExactly("B1 4 10", "B2 3 9", "B3 3 8", "B4 2 7", "B5 1 6", "B6 1 3");
        }

        @Test
        void the_list_is_paged_and_sorted_as_asked() {
            JsonNode secondPage = get("/api/deadlines/overdue?at=2025-05-05&page=1&size=2&unitId=" + mayUnit);
            JsonNode latestFirst = get("/api/deadlines/overdue?at=2025-05-05&size=2&sort=dueDate,desc&unitId=" + mayUnit);

            assertThat(secondPage.get("totalElements").asLong()).isEqualTo(6);
            assertThat(secondPage.get("page").asInt()).isEqualTo(1);
            assertThat(secondPage.get("size").asInt()).isEqualTo(2);
            assertThat(names(secondPage)).containsExactly("B3", "B4");
            assertThat(names(latestFirst)).containsExactly("B6", "B5");
        }
    }

    @Nested
    class ChangesToTasks {

        @Test
        void an_approved_extension_moves_a_task_out_of_overdue_into_upcoming() {
            String unit = sides.unit("Đảng ủy xã Đại Từ");
            String member = sides.member(unit);
            String task = open(sides.directive(unit), unit, member, "C1", "2025-04-29");
            awaitOverdue(unit, "2025-05-05", List.of("C1"));

            String request = sides.accepted("/api/surveys/" + task + "/extension-requests", Map.of(
                    "requestedDueDate", "2025-05-09", "reason", "Chờ số liệu của doanh nghiệp",
                    "effectiveOn", "2025-04-28")).location();
            String extensionId = request.substring(request.lastIndexOf('/') + 1);
            sides.accepted("/api/surveys/" + task + "/extension-requests/" + extensionId + "/approval",
                    Map.of("effectiveOn", "2025-04-29"));

            awaitOverdue(unit, "2025-05-05", List.of());
            JsonNode upcoming = get("/api/deadlines/upcoming?withinWorkingDays=5&at=2025-05-05&unitId=" + unit);
            assertThat(rows(upcoming, "workingDaysLeft", "calendarDaysLeft")).containsExactly("C1 4 4");
            assertThat(upcoming.get("items").get(0).get("dueDate").asString()).isEqualTo("2025-05-09");
        }

        @Test
        void cancelled_and_completed_tasks_are_neither_upcoming_nor_overdue() {
            String unit = sides.unit("Đảng ủy xã Phú Lương");
            String member = sides.member(unit);
            String directive = sides.directive(unit);
            String cancelled = open(directive, unit, member, "D1", "2025-04-29");
            String completed = open(directive, unit, member, "D2", "2025-04-29");
            open(directive, unit, member, "D3", "2025-04-29");
            awaitOverdue(unit, "2025-05-05", List.of("D1", "D2", "D3"));

            sides.accepted("/api/surveys/" + cancelled + "/cancellation",
                    Map.of("reason", "Trùng với nhiệm vụ khác", "effectiveOn", "2025-04-30"));
            sides.accepted("/api/surveys/" + completed + "/findings", finding());
            sides.accepted("/api/surveys/" + completed + "/closure",
                    Map.of("summary", "Đã khảo sát một doanh nghiệp.", "effectiveOn", "2025-04-30"));

            awaitOverdue(unit, "2025-05-05", List.of("D3"));
        }

        @Test
        void a_reassigned_task_is_listed_under_its_new_assignee() {
            String unit = sides.unit("Đảng ủy xã Võ Nhai");
            String before = sides.member(unit);
            String after = sides.member(unit);
            String task = open(sides.directive(unit), unit, before, "E1", "2025-04-29");
            awaitOverdue(unit, "2025-05-05", List.of("E1"));

            sides.accepted("/api/surveys/" + task + "/reassignments", Map.of("toMemberId", after,
                    "reason", "Phân công lại theo địa bàn", "effectiveOn", "2025-04-15"));

            await("E1 under its new assignee").atMost(PATIENCE).until(() ->
                    names(get("/api/deadlines/overdue?at=2025-05-05&assigneeId=" + after)).equals(List.of("E1")));
            assertThat(names(get("/api/deadlines/overdue?at=2025-05-05&assigneeId=" + before))).isEmpty();
        }

        /** Waits until the unit's overdue tasks are {@code expected}, in any order (their due dates are equal). */
        private void awaitOverdue(String unit, String at, List<String> expected) {
            List<String> sorted = expected.stream().sorted().toList();
            await("overdue tasks of " + unit + " at " + at + ": " + expected).atMost(PATIENCE).until(() ->
                    names(get("/api/deadlines/overdue?at=" + at + "&unitId=" + unit)).stream().sorted().toList()
                            .equals(sorted));
        }

        private Map<String, Object> finding() {
            Map<String, Object> finding = new HashMap<>();
            finding.put("taxCode", String.valueOf(ThreadLocalRandom.current().nextLong(4_600_000_000L, 4_699_999_999L)));
            finding.put("enterpriseName", "Công ty TNHH Cơ khí Phú Lương");
            finding.put("ownership", "PRIVATE");
            finding.put("workers", 120);
            finding.put("officialMembers", 4);
            finding.put("probationaryMembers", 1);
            finding.put("membersRegisteredAtResidence", 2);
            finding.put("officialMembersEmployed12Months", 3);
            finding.put("tradeUnion", true);
            finding.put("tradeUnionMembers", 90);
            finding.put("youthUnion", true);
            finding.put("youthUnionMembers", 30);
            finding.put("partyOrganizationExists", false);
            finding.put("ownerAttitude", "SUPPORTIVE");
            finding.put("effectiveOn", "2025-04-20");
            return finding;
        }
    }

    @Nested
    class Summaries {

        @Test
        void counts_per_member_put_the_most_overdue_first() {
            JsonNode counts = get("/api/deadlines/by-member?withinWorkingDays=1&at=2025-04-29&unitId=" + mayUnit);

            assertThat(counts.get("lastWorkingDay").asString()).isEqualTo("2025-05-05");
            assertThat(groups(counts, "memberId")).containsExactly(
                    mayFirstMember + " 0 3",   // B1–B3 overdue
                    maySecondMember + " 2 1"); // B5, B6 upcoming; B4 overdue
        }

        @Test
        void counts_per_unit_follow_the_filters() {
            JsonNode wholeUnit = get("/api/deadlines/by-unit?withinWorkingDays=1&at=2025-04-29&unitId=" + mayUnit);
            JsonNode oneMember = get("/api/deadlines/by-unit?withinWorkingDays=1&at=2025-04-29&assigneeId="
                    + maySecondMember);

            assertThat(groups(wholeUnit, "unitId")).containsExactly(mayUnit + " 2 4");
            assertThat(groups(oneMember, "unitId")).containsExactly(mayUnit + " 2 1");
        }
    }

    @Nested
    class Refusals {

        @Test
        void a_date_in_a_year_without_an_adopted_calendar_is_refused_naming_the_year() {
            assertThat(sides.query("/api/deadlines/upcoming?at=1999-06-01").status()).isEqualTo(409);
            assertThat(sides.query("/api/deadlines/overdue?at=1999-06-01").status()).isEqualTo(409);
            assertThat(sides.query("/api/deadlines/by-unit?at=1999-06-01").status()).isEqualTo(409);

            DeadlineQueries queries = sides.querySide.getBean(DeadlineQueries.class);
            assertThatThrownBy(() -> queries.overdue(LocalDate.of(1999, 6, 1), DeadlineListing.filter(null, null)))
                    .isInstanceOfSatisfying(RequestRefused.class, refused -> {
                        ProblemDetail problem = refused.toProblem();
                        assertThat(problem.getStatus()).isEqualTo(409);
                        assertThat(problem.getProperties()).containsEntry("year", 1999);
                        assertThat(problem.getDetail()).contains("1999");
                        assertThat(problem.getProperties().get("detail_en").toString()).contains("1999");
                    });
        }

        @Test
        void counting_past_the_last_adopted_year_is_refused_naming_the_next_year() {
            int last = jdbc().sql("SELECT max(year) FROM query.calendar_year WHERE year < 2200")
                    .query(Integer.class).single();
            String lateDecember = LocalDate.of(last, 12, 20).toString();

            assertThat(sides.query("/api/deadlines/upcoming?withinWorkingDays=2&at=" + lateDecember).status())
                    .isEqualTo(200);
            assertThat(sides.query("/api/deadlines/upcoming?withinWorkingDays=30&at=" + lateDecember).status())
                    .isEqualTo(409);
            DeadlineQueries queries = sides.querySide.getBean(DeadlineQueries.class);
            assertThatThrownBy(() -> queries.upcoming(LocalDate.of(last, 12, 20), 30,
                    DeadlineListing.filter(null, null)))
                    .isInstanceOfSatisfying(RequestRefused.class, refused ->
                            assertThat(refused.toProblem().getProperties()).containsEntry("year", last + 1));
        }

        @Test
        void out_of_range_parameters_are_refused_naming_them() {
            for (String path : List.of("/api/deadlines/upcoming?withinWorkingDays=-1",
                    "/api/deadlines/by-member?withinWorkingDays=251", "/api/deadlines/overdue?size=201",
                    "/api/deadlines/overdue?size=0", "/api/deadlines/upcoming?page=-1",
                    "/api/deadlines/overdue?sort=priority", "/api/deadlines/overdue?sort=dueDate,sideways")) {
                assertThat(sides.query(path + "&at=2025-05-05").status()).as(path).isEqualTo(400);
            }
            DeadlineController controller = sides.querySide.getBean(DeadlineController.class);
            LocalDate at = LocalDate.of(2025, 5, 5);
            assertNamesParameter(() -> controller.upcoming(-1, at, null, null, 0, 50, "dueDate"), "withinWorkingDays");
            assertNamesParameter(() -> controller.byUnit(251, at, null, null), "withinWorkingDays");
            assertNamesParameter(() -> controller.overdue(at, null, null, 0, 201, "dueDate"), "size");
            assertNamesParameter(() -> controller.overdue(at, null, null, -1, 50, "dueDate"), "page");
            assertNamesParameter(() -> controller.overdue(at, null, null, 0, 50, "priority"), "sort");
        }

        private void assertNamesParameter(ThrowingCallable call, String parameter) {
            assertThatThrownBy(call).as(parameter).isInstanceOfSatisfying(RequestRefused.class, refused -> {
                assertThat(refused.status().value()).isEqualTo(400);
                assertThat(refused.field()).isEqualTo(parameter);
                assertThat(refused.messageVi()).contains(parameter);
            });
        }
    }

    @Nested
    class ReplayedEvents {

        @Test
        void a_task_event_applied_again_changes_nothing() {
            TaskDeadlineProjection projection = sides.querySide.getBean(TaskDeadlineProjection.class);
            String taskId = "replayed-" + UUID.randomUUID();
            SurveyOpened opened = new SurveyOpened(taskId, new TaskHeader("directive-1", 1, "Khảo sát (R1)",
                    "unit-r", List.of(), "member-r1", LocalDate.of(2025, 4, 29)),
                    new SurveyScope(SurveyScope.Kind.COMMUNE, List.of("unit-r"), "Toàn xã"),
                    LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 1, 6), "ban-to-chuc");
            try {
                projection.on(opened, 0);
                projection.on(new TaskReassigned(taskId, "member-r1", "member-r2", "Theo địa bàn",
                        LocalDate.of(2025, 2, 1), "ban-to-chuc"), 1);
                projection.on(new DueDateExtensionApproved(taskId, "extension-1", LocalDate.of(2025, 4, 29),
                        LocalDate.of(2025, 5, 9), LocalDate.of(2025, 4, 29), "ban-to-chuc"), 3);
                String applied = row(taskId);

                projection.on(opened, 0);
                projection.on(new TaskReassigned(taskId, "member-r1", "member-r3", "Theo địa bàn",
                        LocalDate.of(2025, 2, 1), "ban-to-chuc"), 1);
                projection.on(new DueDateExtensionApproved(taskId, "extension-1", LocalDate.of(2025, 4, 29),
                        LocalDate.of(2025, 6, 30), LocalDate.of(2025, 4, 29), "ban-to-chuc"), 3);
                projection.on(new TaskCancelled(taskId, "Nhầm", LocalDate.of(2025, 4, 29), "ban-to-chuc"), 3);

                assertThat(applied).isEqualTo("member-r2 2025-05-09 OPEN 3");
                assertThat(row(taskId)).isEqualTo(applied);

                projection.on(new TaskCompleted(taskId, TaskKind.SURVEY, LocalDate.of(2025, 5, 8), "member-r2"), 5);
                projection.on(new TaskCancelled(taskId, "Nhầm", LocalDate.of(2025, 5, 8), "ban-to-chuc"), 5);
                assertThat(row(taskId)).isEqualTo("member-r2 2025-05-09 COMPLETED 5");
            } finally {
                jdbc().sql("DELETE FROM query.task_deadline WHERE task_id = :id").param("id", taskId).update();
            }
        }

        @Test
        void an_older_calendar_adoption_replayed_does_not_undo_a_newer_one() {
            WorkingCalendarProjection projection = sides.querySide.getBean(WorkingCalendarProjection.class);
            int year = ThreadLocalRandom.current().nextInt(5000, 9000);
            LocalDate newYear = LocalDate.of(year, 1, 1);
            LocalDate swapped = LocalDate.of(year, 1, 2);
            WorkingCalendarYearAdopted provisional = adoption(year, 0, List.of(new DayOff(newYear, "Tết Dương lịch")));
            WorkingCalendarYearAdopted announced = adoption(year, 1, List.of(new DayOff(newYear, "Tết Dương lịch"),
                    new DayOff(swapped, "Nghỉ hoán đổi")));
            try {
                projection.on(provisional, 0, Instant.parse("2026-11-01T01:00:00Z"));
                projection.on(announced, 1, Instant.parse("2026-11-20T01:00:00Z"));
                projection.on(provisional, 0, Instant.parse("2026-11-01T01:00:00Z"));

                assertThat(working(swapped)).isFalse();
                assertThat(working(newYear)).isFalse();
                assertThat(jdbc().sql("SELECT count(*) FROM query.calendar_day WHERE extract(year FROM date) = :year")
                        .param("year", year).query(Long.class).single()).isEqualTo(newYear.lengthOfYear());
                assertThat(jdbc().sql("SELECT provisional FROM query.calendar_year WHERE year = :year")
                        .param("year", year).query(Boolean.class).single()).isFalse();
            } finally {
                jdbc().sql("DELETE FROM query.calendar_day WHERE extract(year FROM date) = :year").param("year", year)
                        .update();
                jdbc().sql("DELETE FROM query.calendar_year WHERE year = :year").param("year", year).update();
            }
        }

        private WorkingCalendarYearAdopted adoption(int year, int version, List<DayOff> daysOff) {
            return new WorkingCalendarYearAdopted(year, daysOff, List.of(), version == 0, "classpath:/calendar/test.csv",
                    LocalDate.of(2026, 11, 1).plusDays(version));
        }

        private boolean working(LocalDate day) {
            return jdbc().sql("SELECT working FROM query.calendar_day WHERE date = :day").param("day", day)
                    .query(Boolean.class).single();
        }

        private String row(String taskId) {
            return jdbc().sql("SELECT assignee_id || ' ' || due_date || ' ' || status || ' ' || last_sequence"
                            + " FROM query.task_deadline WHERE task_id = :id")
                    .param("id", taskId).query(String.class).single();
        }
    }

    @Nested
    @Order(Integer.MAX_VALUE) // after every other group: its replay must reproduce what they left
    class Rebuild {

        @Test
        void a_reset_empties_both_read_models_and_the_replay_gives_the_same_answers_again() {
            Supplier<List<JsonNode>> answers = () -> List.of(
                    get("/api/deadlines/overdue?at=2026-02-23&unitId=" + tetUnit),
                    get("/api/deadlines/upcoming?withinWorkingDays=2&at=2025-04-25&unitId=" + mayUnit),
                    get("/api/deadlines/by-member?withinWorkingDays=1&at=2025-04-29&unitId=" + mayUnit));
            List<JsonNode> before = answers.get();
            String calendarBefore = calendarDigest();

            EventProcessingConfiguration processing = sides.querySide.getBean(EventProcessingConfiguration.class);
            List<StreamingEventProcessor> processors = List.of(
                    processing.eventProcessor(WorkingCalendarProjection.GROUP, StreamingEventProcessor.class).orElseThrow(),
                    processing.eventProcessor(TaskDeadlineProjection.GROUP, StreamingEventProcessor.class).orElseThrow());
            processors.forEach(processor -> processor.shutdownAsync().join());
            processors.forEach(StreamingEventProcessor::resetTokens);

            assertThat(count("query.calendar_day") + count("query.calendar_year") + count("query.task_deadline"))
                    .isZero();

            processors.forEach(StreamingEventProcessor::start);
            // a replay reads the whole shared store (every earlier test's history): its time grows with the suite
            try {
                await("the rebuilt read models").atMost(Duration.ofMinutes(3))
                        .until(() -> calendarDigest().equals(calendarBefore) && answersOrNull(answers).equals(before));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                StringBuilder state = new StringBuilder();
                processors.forEach(processor -> state.append(processor.getName()).append(' ')
                        .append(processor.processingStatus()).append(" running=").append(processor.isRunning())
                        .append(" error=").append(processor.isError()).append('\n'));
                throw new AssertionError("calendar before " + calendarBefore + " now " + calendarDigest()
                        + "\nanswers before " + before + "\nnow " + answersOrNull(answers) + "\n" + state
                        + jdbc().sql("SELECT string_agg(datname || ' ' || state || ' ' || coalesce(backend_xid::text, '-')"
                                + " || ' ' || coalesce(xact_start::text, '-') || ' ' || left(query, 80), E'\\n')"
                                + " FROM pg_stat_activity WHERE backend_type = 'client backend'").query(String.class)
                        .single()
                        + "\nstore " + jdbc().sql("SELECT count(*) || ' events, head ' || max(global_index)"
                                + " FROM events.domain_event_entry").query(String.class).single()
                        + "\nxmin " + jdbc().sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).single(), e);
            }
        }

        private List<JsonNode> answersOrNull(Supplier<List<JsonNode>> answers) {
            try {
                return answers.get();
            } catch (AssertionError e) {
                return List.of();
            }
        }

        private String calendarDigest() {
            return jdbc().sql("SELECT count(*) || ' ' || count(*) FILTER (WHERE working) || ' ' || coalesce(md5(string_agg("
                            + "date || ':' || working, ',' ORDER BY date)), '')"
                            + " FROM query.calendar_day WHERE date BETWEEN '2022-01-01' AND '2030-12-31'")
                    .query(String.class).single();
        }

        private long count(String table) {
            return jdbc().sql("SELECT count(*) FROM " + table).query(Long.class).single();
        }
    }

    // ---- helpers --------------------------------------------------------------------------

    private static String open(String directive, String unit, String member, String name, String dueDate) {
        String taskId = sides.survey(directive, unit, member, "Khảo sát doanh nghiệp trên địa bàn (" + name + ")", dueDate);
        NAMES.put(taskId, name);
        return taskId;
    }

    private static JsonNode get(String pathAndQuery) {
        BothSides.Answer answer = sides.query(pathAndQuery);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + pathAndQuery + ": " + answer.status() + " " + answer.body());
        }
        return answer.body();
    }

    /** Each item as "name field1 field2", in the order listed. */
    private static List<String> rows(JsonNode list, String first, String second) {
        List<String> rows = new ArrayList<>();
        list.get("items").forEach(item -> rows.add(NAMES.get(item.get("taskId").asString()) + " "
                + item.get(first).asInt() + " " + item.get(second).asInt()));
        return rows;
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.get("items").forEach(item -> names.add(NAMES.get(item.get("taskId").asString())));
        return names;
    }

    /** Each group as "id upcoming overdue". */
    private static List<String> groups(JsonNode counts, String idField) {
        List<String> groups = new ArrayList<>();
        counts.get("groups").forEach(group -> groups.add(group.get(idField).asString() + " "
                + group.get("upcoming").asLong() + " " + group.get("overdue").asLong()));
        return groups;
    }

    private static long adoptedBundledYears() {
        return jdbc().sql("SELECT count(*) FROM query.calendar_year WHERE year BETWEEN 2022 AND 2030")
                .query(Long.class).single();
    }

    private static long tasksOf(String unit) {
        return jdbc().sql("SELECT count(*) FROM query.task_deadline WHERE lead_unit_id = :unit")
                .param("unit", unit).query(Long.class).single();
    }

    private static JdbcClient jdbc() {
        return sides.querySide.getBean(JdbcClient.class);
    }

}
