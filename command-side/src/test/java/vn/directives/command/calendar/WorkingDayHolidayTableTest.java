package vn.directives.command.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled holiday table against the law, and the rules every table file must follow. */
class WorkingDayHolidayTableTest {

    private static final HolidayTable bundled = HolidayTableReader.bundled();

    /**
     * Mùng 1 Tết of each year, from the new moons reckoned at UTC+7 (2030: new moon 23:07 on 2/2).
     */
    private static final Map<Integer, LocalDate> LUNAR_NEW_YEAR = Map.of(
            2022, LocalDate.of(2022, 2, 1), 2023, LocalDate.of(2023, 1, 22), 2024, LocalDate.of(2024, 2, 10),
            2025, LocalDate.of(2025, 1, 29), 2026, LocalDate.of(2026, 2, 17), 2027, LocalDate.of(2027, 2, 6),
            2028, LocalDate.of(2028, 1, 26), 2029, LocalDate.of(2029, 2, 13), 2030, LocalDate.of(2030, 2, 2));

    /** The 10th day of the 3rd lunar month (2023 had a leap 2nd month, hence the late date). */
    private static final Map<Integer, LocalDate> GIO_TO = Map.of(
            2022, LocalDate.of(2022, 4, 10), 2023, LocalDate.of(2023, 4, 29), 2024, LocalDate.of(2024, 4, 18),
            2025, LocalDate.of(2025, 4, 7), 2026, LocalDate.of(2026, 4, 26), 2027, LocalDate.of(2027, 4, 16),
            2028, LocalDate.of(2028, 4, 4), 2029, LocalDate.of(2029, 4, 23), 2030, LocalDate.of(2030, 4, 12));

    @Test
    void the_bundled_table_covers_2022_to_2030_with_2027_onwards_provisional() {
        assertThat(bundled.years()).containsExactly(2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030);
        assertThat(bundled.provisionalYears()).containsExactly(2027, 2028, 2029, 2030);
    }

    @Test
    void every_year_lists_the_fixed_date_holidays() {
        for (int year = 2022; year <= 2030; year++) {
            Map<LocalDate, String> daysOff = bundled.year(year).daysOff();
            assertThat(daysOff).as("%d", year)
                    .containsEntry(LocalDate.of(year, 1, 1), "Tết Dương lịch")
                    .containsEntry(LocalDate.of(year, 4, 30), "Ngày Chiến thắng 30/4")
                    .containsEntry(LocalDate.of(year, 5, 1), "Quốc tế Lao động 1/5")
                    .containsEntry(LocalDate.of(year, 9, 2), "Quốc khánh 2/9");
            assertThat(Stream.of(daysOff.get(LocalDate.of(year, 9, 1)), daysOff.get(LocalDate.of(year, 9, 3))))
                    .as("%d has one day adjacent to 2/9, either 1/9 or 3/9", year)
                    .containsOnlyOnce("Quốc khánh (ngày liền kề)");
        }
    }

    @Test
    void every_year_lists_tet_from_the_last_day_of_the_old_year_to_the_fourth_of_the_new() {
        LUNAR_NEW_YEAR.forEach((year, firstDay) -> {
            for (LocalDate day = firstDay.minusDays(1); !day.isAfter(firstDay.plusDays(3)); day = day.plusDays(1)) {
                assertThat(bundled.year(year).daysOff()).as("%d", year).containsEntry(day, "Tết Nguyên đán");
            }
            assertThat(bundled.year(year).daysOff()).as("%d", year)
                    .doesNotContainEntry(firstDay.minusDays(2), "Tết Nguyên đán")
                    .doesNotContainEntry(firstDay.plusDays(4), "Tết Nguyên đán");
        });
    }

    @Test
    void every_year_lists_gio_to_hung_vuong_on_the_tenth_day_of_the_third_lunar_month() {
        GIO_TO.forEach((year, day) ->
                assertThat(bundled.year(year).daysOff()).as("%d", year).containsEntry(day, "Giỗ Tổ Hùng Vương"));
    }

    /**
     * Art. 112 of the Labour Code grants 11 paid days; with compensatory days for those on a weekend
     * and swaps that trade a weekday for a worked Saturday, every year has 11 weekdays off net.
     */
    @Test
    void every_year_gives_the_eleven_paid_holidays_of_the_labour_code_net_of_swaps() {
        for (int year = 2022; year <= 2030; year++) {
            HolidayYear holidays = bundled.year(year);
            long weekdaysOff = holidays.daysOff().keySet().stream().filter(day -> !HolidayYear.isWeekend(day)).count();
            assertThat(weekdaysOff - holidays.workedWeekendDays().size()).as("%d", year).isEqualTo(11);
        }
    }

    @Test
    void no_year_but_the_announced_ones_has_a_swapped_weekend() {
        assertThat(bundled.year(2024).workedWeekendDays()).containsOnlyKeys(LocalDate.of(2024, 5, 4));
        assertThat(bundled.year(2025).workedWeekendDays()).containsOnlyKeys(LocalDate.of(2025, 4, 26));
        assertThat(bundled.year(2026).workedWeekendDays())
                .containsOnlyKeys(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
        for (int year = 2027; year <= 2030; year++) {
            assertThat(bundled.year(year).workedWeekendDays()).as("%d", year).isEmpty();
        }
    }

    @Test
    void a_table_is_read_skipping_comments_and_blank_lines() throws IOException {
        HolidayTable table = read("""
                \uFEFF# a comment

                2031-01-01,off,official,Tết Dương lịch
                2031-05-03 , work , official , Làm bù, thứ Bảy
                """);

        assertThat(table.years()).containsExactly(2031);
        assertThat(table.year(2031).daysOff()).containsOnlyKeys(LocalDate.of(2031, 1, 1));
        assertThat(table.year(2031).workedWeekendDays()).containsEntry(LocalDate.of(2031, 5, 3), "Làm bù, thứ Bảy");
    }

    @Test
    void a_malformed_line_fails_the_table_naming_its_line() {
        assertThatThrownBy(() -> read("# header\n2031-01-01,off,Tết Dương lịch\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.csv line 2");
        assertThatThrownBy(() -> read("2031-02-30,off,official,Tết\n"))
                .hasMessageContaining("'2031-02-30' is not a date");
        assertThatThrownBy(() -> read("2031-01-01,holiday,official,Tết\n"))
                .hasMessageContaining("'holiday' is not one of [off, work]");
        assertThatThrownBy(() -> read("2031-01-01,off,decided,Tết\n"))
                .hasMessageContaining("'decided' is not one of [official, provisional]");
        assertThatThrownBy(() -> read("2031-01-01,off,official, \n"))
                .hasMessageContaining("expected date,kind,status,name");
    }

    @Test
    void a_worked_day_must_fall_on_a_weekend() {
        // 5/5/2031 is a Monday.
        assertThatThrownBy(() -> read("2031-05-05,work,official,Làm bù\n"))
                .hasMessageContaining("line 1")
                .hasMessageContaining("must be a Saturday or Sunday");
    }

    @Test
    void a_date_listed_twice_fails_the_table() {
        assertThatThrownBy(() -> read("2031-01-01,off,official,Tết\n2031-01-01,off,official,Tết\n"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("listed twice");
    }

    @Test
    void a_year_cannot_be_partly_official_and_partly_provisional() {
        assertThatThrownBy(() -> read("2031-01-01,off,official,Tết\n2031-04-30,off,provisional,30/4\n"))
                .hasMessageContaining("test.csv")
                .hasMessageContaining("year 2031 mixes official and provisional");
    }

    @Test
    void an_override_replaces_whole_years_and_adds_new_ones() throws IOException {
        HolidayTable merged = bundled.overriddenBy(read("""
                2027-01-01,off,official,Tết Dương lịch
                2031-01-01,off,provisional,Tết Dương lịch
                """));

        assertThat(merged.years()).containsExactly(2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031);
        assertThat(merged.year(2027).daysOff()).containsOnlyKeys(LocalDate.of(2027, 1, 1));
        assertThat(merged.year(2027).provisional()).isFalse();
        assertThat(merged.year(2026)).isEqualTo(bundled.year(2026));
    }

    @Test
    void the_adjacent_day_of_national_day_leans_to_the_nearest_weekend_in_provisional_years() {
        // 2/9 falls on Thu 2027 → Fri 3/9; Sat 2028 → Fri 1/9; Sun 2029 → Mon 3/9; Mon 2030 → Tue 3/9.
        Map<Integer, MonthDay> adjacent = Map.of(2027, MonthDay.of(9, 3), 2028, MonthDay.of(9, 1),
                2029, MonthDay.of(9, 3), 2030, MonthDay.of(9, 3));
        adjacent.forEach((year, day) -> assertThat(bundled.year(year).daysOff())
                .containsEntry(day.atYear(year), "Quốc khánh (ngày liền kề)"));
    }

    private static HolidayTable read(String text) throws IOException {
        return HolidayTableReader.read(new BufferedReader(new StringReader(text)), "test.csv");
    }
}
