package vn.directives.command.calendar;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.events.calendar.DayOff;
import vn.directives.events.calendar.WorkingCalendarYearAdopted;

import java.time.LocalDate;
import java.util.List;

class WorkingCalendarYearTest {

    private static final LocalDate ADOPTED_ON = LocalDate.of(2026, 11, 2);
    private static final LocalDate RESTARTED_ON = LocalDate.of(2026, 11, 20);
    private static final String BUNDLED = HolidayTableInForce.BUNDLED_SOURCE;
    private static final DayOff NEW_YEAR = new DayOff(LocalDate.of(2027, 1, 1), "Tết Dương lịch");
    private static final DayOff TET = new DayOff(LocalDate.of(2027, 2, 8), "Tết Nguyên đán");
    private static final DayOff SWAPPED = new DayOff(LocalDate.of(2027, 2, 12), "Nghỉ hoán đổi");
    private static final LocalDate WORKED_SATURDAY = LocalDate.of(2027, 2, 20);

    private static final CalendarYearContent PROVISIONAL =
            new CalendarYearContent(List.of(NEW_YEAR, TET), List.of(), true);
    private static final CalendarYearContent ANNOUNCED =
            new CalendarYearContent(List.of(NEW_YEAR, TET, SWAPPED), List.of(WORKED_SATURDAY), false);

    private FixtureConfiguration<WorkingCalendarYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingCalendarYear.class);
    }

    private static WorkingCalendarYearAdopted adopted(CalendarYearContent content, String source, LocalDate on) {
        return new WorkingCalendarYearAdopted(2027, content.daysOff(), content.workedWeekendDays(),
                content.provisional(), source, on);
    }

    @Test
    void the_first_calendar_of_a_year_is_adopted() {
        fixture.givenNoPriorActivity()
                .when(new AdoptWorkingCalendarYear(2027, PROVISIONAL, BUNDLED, ADOPTED_ON))
                .expectEvents(adopted(PROVISIONAL, BUNDLED, ADOPTED_ON))
                .expectResultMessagePayload(true);
    }

    @Test
    void adopting_the_same_calendar_again_records_nothing_even_from_another_source_on_another_day() {
        fixture.given(adopted(PROVISIONAL, BUNDLED, ADOPTED_ON))
                .when(new AdoptWorkingCalendarYear(2027, PROVISIONAL, "file:/etc/directives/holidays.csv",
                        RESTARTED_ON))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void the_same_days_listed_in_another_order_are_the_same_calendar() {
        CalendarYearContent reordered = new CalendarYearContent(List.of(SWAPPED, TET, NEW_YEAR),
                List.of(WORKED_SATURDAY), false);
        fixture.given(adopted(ANNOUNCED, BUNDLED, ADOPTED_ON))
                .when(new AdoptWorkingCalendarYear(2027, reordered, BUNDLED, RESTARTED_ON))
                .expectNoEvents();
    }

    @Test
    void a_changed_calendar_is_adopted_with_its_source_and_day() {
        String operatorFile = "file:/etc/directives/holidays.csv";
        fixture.given(adopted(PROVISIONAL, BUNDLED, ADOPTED_ON))
                .when(new AdoptWorkingCalendarYear(2027, ANNOUNCED, operatorFile, RESTARTED_ON))
                .expectEvents(adopted(ANNOUNCED, operatorFile, RESTARTED_ON))
                .expectResultMessagePayload(true);
    }

    @Test
    void a_renamed_day_off_is_a_changed_calendar() {
        CalendarYearContent renamed = new CalendarYearContent(
                List.of(NEW_YEAR, new DayOff(TET.date(), "Tết Nguyên đán (mùng 1)")), List.of(), true);
        fixture.given(adopted(PROVISIONAL, BUNDLED, ADOPTED_ON))
                .when(new AdoptWorkingCalendarYear(2027, renamed, BUNDLED, RESTARTED_ON))
                .expectEvents(adopted(renamed, BUNDLED, RESTARTED_ON));
    }

    @Test
    void going_back_to_an_earlier_calendar_is_a_new_adoption() {
        fixture.given(adopted(PROVISIONAL, BUNDLED, ADOPTED_ON), adopted(ANNOUNCED, BUNDLED, ADOPTED_ON))
                .when(new AdoptWorkingCalendarYear(2027, PROVISIONAL, BUNDLED, RESTARTED_ON))
                .expectEvents(adopted(PROVISIONAL, BUNDLED, RESTARTED_ON));
    }
}
