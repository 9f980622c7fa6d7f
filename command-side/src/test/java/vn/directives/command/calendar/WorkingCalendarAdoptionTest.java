package vn.directives.command.calendar;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.CommandSideApplication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command sides on one real PostgreSQL event store, as two instances of a deployment: the
 * calendar of each year is recorded once however often and however concurrently they start, and
 * again only when its content changes. Years far in the future, random per run, keep these
 * adoptions apart from the bundled years other tests rely on.
 */
class WorkingCalendarAdoptionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<Integer> USED_YEARS = new HashSet<>();

    @TempDir
    static Path files;

    private static int startupYear;
    private static Path startupFile;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstancesAtOnce() throws IOException {
        startupYear = unusedYear();
        startupFile = write("startup.csv", newYearOnly(startupYear));
        CompletableFuture<ConfigurableApplicationContext> one =
                CompletableFuture.supplyAsync(() -> startBesideAnother(startupFile));
        CompletableFuture<ConfigurableApplicationContext> two =
                CompletableFuture.supplyAsync(() -> startBesideAnother(startupFile));
        first = one.join();
        second = two.join();
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void two_instances_starting_at_once_adopt_the_operator_year_once_naming_the_file() {
        List<JsonNode> adoptions = adoptions(startupYear);

        assertThat(adoptions).hasSize(1);
        assertThat(adoptions.get(0).get("source").asString()).isEqualTo("file:" + startupFile);
        assertThat(adoptions.get(0).get("daysOff").get(0).get("name").asString()).isEqualTo("Tết Dương lịch");
        assertThat(adoptions.get(0).get("provisional").asBoolean()).isFalse();
    }

    @Test
    void every_bundled_year_is_in_force_from_the_bundled_table_after_start() {
        for (int year = 2022; year <= 2030; year++) {
            List<JsonNode> adoptions = adoptions(year);
            assertThat(adoptions).as("adoptions of " + year).isNotEmpty();
            assertThat(adoptions.get(adoptions.size() - 1).get("source").asString())
                    .isEqualTo(HolidayTableInForce.BUNDLED_SOURCE);
        }
    }

    @Test
    void adopting_the_table_in_force_again_records_nothing() {
        HolidayTableInForce inForce = first.getBean(HolidayTableInForce.class);
        long before = storedEvents();

        assertThat(adoption(first).adopt(inForce)).isEmpty();
        assertThat(adoption(second).adopt(inForce)).isEmpty();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_changed_operator_file_records_a_new_adoption_and_only_once() throws IOException {
        int year = unusedYear();
        Path file = write("operator-" + year + ".csv", newYearOnly(year));
        assertThat(adoption(first).adopt(table(file))).containsExactly(year);

        // The Government announces a swapped day: the operator edits the file and restarts.
        write("operator-" + year + ".csv", newYearOnly(year) + """
                %1$d-05-02,off,official,Nghỉ hoán đổi
                """.formatted(year));
        HolidayTableInForce changed = table(file);
        assertThat(adoption(second).adopt(changed)).containsExactly(year);
        assertThat(adoption(first).adopt(changed)).isEmpty();

        List<JsonNode> adoptions = adoptions(year);
        assertThat(adoptions).hasSize(2);
        assertThat(adoptions.get(1).get("daysOff")).hasSize(2);
        assertThat(adoptions.get(1).get("daysOff").get(1).get("date").asString()).isEqualTo(year + "-05-02");
    }

    @Test
    void two_instances_adopting_the_same_new_years_at_once_record_each_year_once() throws Exception {
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            years.add(unusedYear());
        }
        CyclicBarrier together = new CyclicBarrier(2);
        for (int year : years) {
            HolidayTableInForce table = onlyYearsOf(write("race-" + year + ".csv", newYearOnly(year)));
            CompletableFuture<Set<Integer>> one = CompletableFuture.supplyAsync(() -> adoptTogether(first, table, together));
            CompletableFuture<Set<Integer>> two = CompletableFuture.supplyAsync(() -> adoptTogether(second, table, together));
            Set<Integer> recorded = new HashSet<>(one.join());
            recorded.addAll(two.join());

            assertThat(recorded).as("an instance recorded year " + year).contains(year);
            assertThat(adoptions(year)).as("adoptions of " + year).hasSize(1);
        }
    }

    private static Set<Integer> adoptTogether(ConfigurableApplicationContext instance, HolidayTableInForce table,
                                              CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return adoption(instance).adopt(table);
    }

    /** The table an instance runs with when {@code file} is its operator's file. */
    private static HolidayTableInForce table(Path file) {
        return new WorkingDayCalendarConfiguration().holidayTableInForce(file.toString());
    }

    /** The years of {@code file} alone, so that both instances reach the new year's stream at once. */
    private static HolidayTableInForce onlyYearsOf(Path file) {
        HolidayTable table = HolidayTableReader.read(file);
        SortedMap<Integer, String> sources = new TreeMap<>();
        table.years().forEach(year -> sources.put(year, "file:" + file));
        return new HolidayTableInForce(table, sources);
    }

    private static WorkingCalendarAdoption adoption(ConfigurableApplicationContext instance) {
        return instance.getBean(WorkingCalendarAdoption.class);
    }

    private static List<JsonNode> adoptions(int year) {
        return jdbc().queryForList("""
                        SELECT convert_from(payload, 'UTF8') FROM events.domain_event_entry
                         WHERE aggregate_identifier = ? ORDER BY sequence_number""", String.class,
                WorkingCalendarYear.idOf(year)).stream().map(JSON::readTree).toList();
    }

    private static long storedEvents() {
        return jdbc().queryForObject("SELECT count(*) FROM events.domain_event_entry", Long.class);
    }

    private static JdbcTemplate jdbc() {
        return first.getBean(JdbcTemplate.class);
    }

    /**
     * Starts an instance while another starts in this JVM. Spring Boot's logging set-up is global to
     * the JVM and not safe against two applications initializing it at the same instant (now and
     * then "Unable to find Spring Environment in logger context"); that start is tried once more,
     * the other instance's adoption still racing it. Two processes, as in production, never share it.
     */
    private static ConfigurableApplicationContext startBesideAnother(Path calendarFile) {
        try {
            return start(calendarFile);
        } catch (IllegalStateException loggingRace) {
            if (!String.valueOf(loggingRace.getMessage()).contains("Spring Environment in logger context")) {
                throw loggingRace;
            }
            return start(calendarFile);
        }
    }

    private static ConfigurableApplicationContext start(Path calendarFile) {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--directives.calendar.file=" + calendarFile);
    }

    private static synchronized int unusedYear() {
        int year;
        do {
            year = ThreadLocalRandom.current().nextInt(2200, 9000);
        } while (!USED_YEARS.add(year));
        return year;
    }

    private static String newYearOnly(int year) {
        return year + "-01-01,off,official,Tết Dương lịch\n";
    }

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }
}
