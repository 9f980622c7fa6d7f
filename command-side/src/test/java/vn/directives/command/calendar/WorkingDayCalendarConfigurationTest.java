package vn.directives.command.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WorkingDayCalendarConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(WorkingDayCalendarConfiguration.class);

    @Test
    void without_an_operator_file_the_bundled_table_is_used() {
        context.run(app -> {
            WorkingDayCalendar calendar = app.getBean(WorkingDayCalendar.class);
            // Wed 10/2/2027 is a provisional compensatory day of Tết in the bundled table.
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
            assertThat(calendar.isProvisional(2027)).isTrue();
        });
    }

    @Test
    void an_operator_file_replaces_a_bundled_year_and_adds_a_new_one(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("holidays.csv");
        // As if the Government had announced 2027 with Tết from Thu 4/2 to Wed 10/2 (no compensatory
        // day on Thu 11/2) and a first year beyond the bundled table.
        Files.writeString(file, """
                2027-01-01,off,official,Tết Dương lịch
                2027-02-04,off,official,Nghỉ bù Tết Nguyên đán
                2027-02-05,off,official,Tết Nguyên đán
                2027-02-08,off,official,Tết Nguyên đán
                2027-02-09,off,official,Tết Nguyên đán
                2027-02-10,off,official,Nghỉ bù Tết Nguyên đán
                2031-01-01,off,provisional,Tết Dương lịch
                """, StandardCharsets.UTF_8);

        context.withPropertyValues("directives.calendar.file=" + file).run(app -> {
            WorkingDayCalendar calendar = app.getBean(WorkingDayCalendar.class);
            assertThat(calendar.isProvisional(2027)).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 4))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 11))).isTrue();
            // 30/4/2027 is no longer listed: the operator's year replaces the bundled one whole.
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 30))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 1))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 2))).isTrue();
            // Other years stay bundled: Thu 8/2/2024 is still a day off.
            assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 8))).isFalse();
        });
    }

    @Test
    void a_missing_operator_file_stops_the_application_naming_the_file(@TempDir Path directory) {
        Path missing = directory.resolve("absent.csv");
        context.withPropertyValues("directives.calendar.file=" + missing).run(app ->
                assertThat(app).getFailure().rootCause().hasMessageContaining("absent.csv"));
    }
}
