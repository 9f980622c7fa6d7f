package vn.directives.command.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Deadlines on the bundled table. Day names are given beside dates; every expected date was counted
 * by hand on a wall calendar, one working day at a time.
 */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    // Weekends and the counting convention

    @Test
    void saturday_and_sunday_are_not_working_days_and_an_ordinary_monday_is() {
        assertThat(calendar.isWorkingDay(date("2025-03-15"))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(date("2025-03-16"))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(date("2025-03-17"))).isTrue();  // Monday
    }

    @Test
    void one_working_day_after_a_friday_is_the_next_monday() {
        assertThat(calendar.addWorkingDays(date("2025-03-14"), 1)).isEqualTo(date("2025-03-17"));
        assertThat(calendar.nextWorkingDay(date("2025-03-14"))).isEqualTo(date("2025-03-17"));
    }

    @Test
    void a_start_on_a_weekend_is_not_counted_so_one_working_day_after_saturday_is_monday() {
        assertThat(calendar.addWorkingDays(date("2025-03-15"), 1)).isEqualTo(date("2025-03-17"));
    }

    @Test
    void zero_working_days_after_a_date_is_that_date_even_on_a_sunday() {
        assertThat(calendar.addWorkingDays(date("2025-03-12"), 0)).isEqualTo(date("2025-03-12"));
        assertThat(calendar.addWorkingDays(date("2025-03-16"), 0)).isEqualTo(date("2025-03-16"));
    }

    @Test
    void a_negative_number_of_working_days_is_refused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2025-03-12"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    // Tết Nguyên đán

    @Test
    void five_working_days_after_the_friday_before_tet_2024_skip_the_whole_holiday() {
        // Fri 2/2 → Mon 5 (1), Tue 6 (2), Wed 7 (3); Thu 8/2 to Wed 14/2 off;
        // Thu 15 (4), Fri 16 (5).
        assertThat(calendar.addWorkingDays(date("2024-02-02"), 5)).isEqualTo(date("2024-02-16"));
    }

    @Test
    void tet_2024_runs_from_thursday_8_to_wednesday_14_february() {
        assertThat(calendar.isWorkingDay(date("2024-02-07"))).isTrue();  // Wed, 28 tháng Chạp
        assertThat(calendar.isWorkingDay(date("2024-02-08"))).isFalse(); // Thu, compensatory day
        assertThat(calendar.isWorkingDay(date("2024-02-14"))).isFalse(); // Wed, compensatory day
        assertThat(calendar.nextWorkingDay(date("2024-02-07"))).isEqualTo(date("2024-02-15"));
    }

    @Test
    void the_working_day_after_the_last_one_before_tet_2025_is_monday_3_february() {
        // Off Mon 27/1 (compensatory) to Fri 31/1; Sat 25, Sun 26, Sat 1/2, Sun 2/2 are weekends.
        assertThat(calendar.nextWorkingDay(date("2025-01-24"))).isEqualTo(date("2025-02-03"));
        assertThat(calendar.isWorkingDay(date("2025-01-27"))).isFalse();
    }

    @Test
    void the_working_day_after_the_last_one_before_tet_2026_is_monday_23_february() {
        // Off Mon 16/2 (29 tháng Chạp) to Fri 20/2 (mùng 4).
        assertThat(calendar.nextWorkingDay(date("2026-02-13"))).isEqualTo(date("2026-02-23"));
    }

    @Test
    void provisional_tet_2027_gives_two_compensatory_days_for_the_new_year_weekend() {
        // Tết 2027: Fri 5/2 (last day of the year) to Tue 9/2 (mùng 4); mùng 1 and 2 fall on
        // Sat 6 and Sun 7, compensated on Wed 10 and Thu 11; Fri 12 is worked.
        assertThat(calendar.isWorkingDay(date("2027-02-05"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2027-02-11"))).isFalse();
        assertThat(calendar.nextWorkingDay(date("2027-02-04"))).isEqualTo(date("2027-02-12"));
    }

    @Test
    void provisional_tet_2030_follows_the_vietnamese_new_moon_of_2_february() {
        // The new moon is at 23:07 on 2/2/2030 in Hà Nội (00:07 on 3/2 in Beijing): mùng 1 is
        // Sat 2/2, so Fri 1/2 is the last day of the old year; mùng 1 and 2 on the weekend are
        // compensated on Wed 6 and Thu 7.
        assertThat(calendar.isWorkingDay(date("2030-02-01"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2030-02-07"))).isFalse();
        assertThat(calendar.nextWorkingDay(date("2030-01-31"))).isEqualTo(date("2030-02-08"));
    }

    // Giỗ Tổ Hùng Vương, 30/4 and 1/5

    @Test
    void gio_to_2024_on_a_thursday_is_skipped() {
        assertThat(calendar.nextWorkingDay(date("2024-04-17"))).isEqualTo(date("2024-04-19"));
    }

    @Test
    void gio_to_2025_on_a_monday_is_skipped() {
        assertThat(calendar.nextWorkingDay(date("2025-04-04"))).isEqualTo(date("2025-04-08"));
    }

    @Test
    void gio_to_2026_on_a_sunday_gives_monday_27_april_off() {
        assertThat(calendar.isWorkingDay(date("2026-04-27"))).isFalse();
        assertThat(calendar.nextWorkingDay(date("2026-04-24"))).isEqualTo(date("2026-04-28"));
    }

    @Test
    void in_2024_monday_29_april_is_swapped_for_saturday_4_may() {
        assertThat(calendar.isWorkingDay(date("2024-04-29"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2024-05-04"))).isTrue();
        // Fri 26/4 → Mon 29, Tue 30, Wed 1/5 off; Thu 2/5 (1), Fri 3/5 (2), Sat 4/5 (3).
        assertThat(calendar.addWorkingDays(date("2024-04-26"), 1)).isEqualTo(date("2024-05-02"));
        assertThat(calendar.addWorkingDays(date("2024-04-26"), 3)).isEqualTo(date("2024-05-04"));
    }

    @Test
    void in_2025_friday_2_may_is_swapped_for_saturday_26_april() {
        assertThat(calendar.nextWorkingDay(date("2025-04-25"))).isEqualTo(date("2025-04-26"));
        // Tue 29/4 → Wed 30/4, Thu 1/5, Fri 2/5 off, weekend → Mon 5/5.
        assertThat(calendar.nextWorkingDay(date("2025-04-29"))).isEqualTo(date("2025-05-05"));
    }

    @Test
    void five_working_days_after_friday_24_april_2026_cross_gio_to_and_the_may_holidays() {
        // Mon 27/4 off (Giỗ Tổ on Sun 26); Tue 28 (1), Wed 29 (2); Thu 30/4, Fri 1/5 off;
        // Mon 4/5 (3), Tue 5 (4), Wed 6 (5).
        assertThat(calendar.addWorkingDays(date("2026-04-24"), 5)).isEqualTo(date("2026-05-06"));
    }

    // Quốc khánh 2/9

    @Test
    void national_day_2024_takes_monday_2_and_tuesday_3_september() {
        assertThat(calendar.nextWorkingDay(date("2024-08-30"))).isEqualTo(date("2024-09-04"));
    }

    @Test
    void national_day_2025_takes_monday_1_and_tuesday_2_september() {
        assertThat(calendar.nextWorkingDay(date("2025-08-29"))).isEqualTo(date("2025-09-03"));
    }

    @Test
    void national_day_2026_swaps_monday_31_august_for_saturday_22_august() {
        assertThat(calendar.isWorkingDay(date("2026-08-22"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2026-08-31"))).isFalse();
        // Fri 28/8 → Mon 31/8, Tue 1/9, Wed 2/9 off → Thu 3/9.
        assertThat(calendar.nextWorkingDay(date("2026-08-28"))).isEqualTo(date("2026-09-03"));
    }

    // Compensatory days off (nghỉ bù)

    @Test
    void holidays_on_a_weekend_give_the_next_working_days_off() {
        assertThat(calendar.isWorkingDay(date("2022-01-03"))).isFalse(); // 1/1/2022 was a Saturday
        assertThat(calendar.isWorkingDay(date("2022-05-03"))).isFalse(); // 30/4 Sat, 1/5 Sun → Mon 2, Tue 3
        assertThat(calendar.isWorkingDay(date("2023-09-04"))).isFalse(); // 2/9/2023 was a Saturday
        assertThat(calendar.isWorkingDay(date("2023-09-05"))).isTrue();
    }

    @Test
    void in_2026_friday_2_january_is_swapped_for_saturday_10_january() {
        assertThat(calendar.isWorkingDay(date("2026-01-02"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2026-01-10"))).isTrue();
    }

    // The time limits of member transfers

    @Test
    void sixty_working_days_after_2_january_2025_end_on_thursday_3_april() {
        // After Thu 2/1: Fri 3/1 (1); weeks of 6, 13, 20 January (2-16); Mon 27 to Fri 31 January
        // Tết; weeks of 3, 10, 17, 24 February (17-36); weeks of 3, 10, 17, 24 March (37-56);
        // Mon 31/3 (57), Tue 1/4 (58), Wed 2/4 (59), Thu 3/4 (60).
        assertThat(calendar.addWorkingDays(date("2025-01-02"), 60)).isEqualTo(date("2025-04-03"));
        // Fri 4/4 (61); Mon 7/4 Giỗ Tổ; Tue 8/4 (62).
        assertThat(calendar.addWorkingDays(date("2025-01-02"), 62)).isEqualTo(date("2025-04-08"));
    }

    @Test
    void sixty_working_days_after_1_december_2025_cross_new_year_and_tet_2026() {
        // After Mon 1/12: Tue 2 to Fri 5 (1-4); weeks of 8, 15, 22 December (5-19); Mon 29,
        // Tue 30, Wed 31 (20-22). Thu 1/1 and Fri 2/1 off; week of 5 January (23-27); Sat 10/1
        // worked (28); weeks of 12, 19, 26 January (29-43); weeks of 2 and 9 February (44-53);
        // Mon 16 to Fri 20 February Tết; week of 23 February (54-58); Mon 2/3 (59), Tue 3/3 (60).
        assertThat(calendar.addWorkingDays(date("2025-12-01"), 60)).isEqualTo(date("2026-03-03"));
    }

    @Test
    void thirty_working_days_after_15_april_2024_cross_gio_to_and_the_swapped_may_weekend() {
        // After Mon 15/4: Tue 16 (1), Wed 17 (2); Thu 18 Giỗ Tổ; Fri 19 (3); Mon 22 to Fri 26
        // (4-8); Mon 29, Tue 30, Wed 1/5 off; Thu 2 (9), Fri 3 (10), Sat 4 worked (11); weeks
        // of 6, 13, 20 May (12-26); Mon 27 (27), Tue 28 (28), Wed 29 (29), Thu 30/5 (30).
        assertThat(calendar.addWorkingDays(date("2024-04-15"), 30)).isEqualTo(date("2024-05-30"));
    }

    // Counting working days between two dates

    @Test
    void working_days_between_count_after_from_up_to_and_including_to() {
        assertThat(calendar.workingDaysBetween(date("2024-02-02"), date("2024-02-16"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(date("2025-03-14"), date("2025-03-17"))).isEqualTo(1);
        // Thu 13/3 to Sat 15/3: only Fri 14 counts.
        assertThat(calendar.workingDaysBetween(date("2025-03-13"), date("2025-03-15"))).isEqualTo(1);
    }

    @Test
    void working_days_between_a_later_and_an_earlier_date_are_negative() {
        assertThat(calendar.workingDaysBetween(date("2024-02-16"), date("2024-02-02"))).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(date("2025-03-17"), date("2025-03-14"))).isEqualTo(-1);
    }

    @Test
    void no_working_days_lie_between_a_date_and_itself_or_within_a_holiday() {
        assertThat(calendar.workingDaysBetween(date("2025-03-12"), date("2025-03-12"))).isZero();
        assertThat(calendar.workingDaysBetween(date("2024-02-08"), date("2024-02-14"))).isZero();
        assertThat(calendar.workingDaysBetween(date("2024-02-14"), date("2024-02-08"))).isZero();
        // Fri 14/3 to Sun 16/3: the weekend holds no working day.
        assertThat(calendar.workingDaysBetween(date("2025-03-14"), date("2025-03-16"))).isZero();
    }

    @Test
    void working_days_between_hold_the_days_gone_through_across_the_may_holidays_of_2025() {
        // After Thu 24/4: Fri 25 (1), Sat 26 worked (2), Mon 28 (3), Tue 29 (4); Wed 30/4 to
        // Sun 4/5 off; Mon 5/5 (5).
        assertThat(calendar.workingDaysBetween(date("2025-04-24"), date("2025-05-05"))).isEqualTo(5);
    }

    @Test
    void counting_the_days_added_gives_back_their_number() {
        for (String start : new String[] {"2024-02-02", "2025-01-24", "2025-04-26", "2026-08-22", "2026-12-20"}) {
            for (int n = 0; n <= 70; n++) {
                LocalDate due = calendar.addWorkingDays(date(start), n);
                assertThat(calendar.workingDaysBetween(date(start), due)).as("%s + %d", start, n).isEqualTo(n);
            }
        }
    }

    // Years outside the table

    @Test
    void a_year_outside_the_table_is_refused_by_name() {
        assertThatThrownBy(() -> calendar.isWorkingDay(date("2021-06-01")))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessageContaining("2021")
                .extracting(e -> ((UnknownCalendarYearException) e).year()).isEqualTo(2021);
    }

    @Test
    void a_deadline_running_past_the_last_known_year_is_refused() {
        // Fri 20/12/2030 plus 10 working days reaches January 2031.
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2030-12-20"), 10))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessageContaining("2031");
        assertThatThrownBy(() -> calendar.workingDaysBetween(date("2022-01-05"), date("2021-12-30")))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessageContaining("2021");
    }

    @Test
    void announced_years_are_official_and_later_ones_provisional() {
        assertThat(calendar.isProvisional(2026)).isFalse();
        assertThat(calendar.isProvisional(2027)).isTrue();
        assertThatThrownBy(() -> calendar.isProvisional(2031)).isInstanceOf(UnknownCalendarYearException.class);
    }
}
