package vn.directives.query.consistency;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two query-side instances on one database share the work by token claims. Events keep flowing
 * while one instance is stopped mid-way; the other takes over its segments, and at the end every
 * read model is complete and equal to the same read model rebuilt from the whole history.
 */
class TwoQueryInstancesTest {

    private static ConfigurableApplicationContext commandSide;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        commandSide = Sides.commandSide();
        first = Sides.querySide("first");
        second = Sides.querySide("second");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext side : new ConfigurableApplicationContext[]{second, first, commandSide}) {
            if (side != null && side.isActive()) {
                side.close();
            }
        }
    }

    @Test
    void when_one_instance_stops_mid_way_the_other_completes_every_read_model() {
        CommandClient commands = new CommandClient(Sides.baseUrl(commandSide));
        ProvinceHistory history = new ProvinceHistory(commands, 7L).founded().withTasks(40);
        Sides.awaitCaughtUp(first, second, Duration.ofSeconds(60));

        // stop the instance holding more segments, so that the other must take its claims over
        boolean firstBusier = Sides.claimedSegments(first) >= Sides.claimedSegments(second);
        ConfigurableApplicationContext stopped = firstBusier ? first : second;
        ConfigurableApplicationContext survivor = firstBusier ? second : first;
        CompletableFuture<ProvinceHistory> more = CompletableFuture.supplyAsync(() -> history.withTasks(60));
        stopped.close();
        more.join();

        Sides.awaitCaughtUp(survivor, Duration.ofSeconds(90));
        Map<String, List<String>> live = Sides.readModels(survivor);
        Sides.rebuildAll(survivor);
        Sides.awaitCaughtUp(survivor, Duration.ofSeconds(90));
        Map<String, List<String>> rebuilt = Sides.readModels(survivor);

        assertThat(history.tasks()).isEqualTo(100);
        assertThat(Sides.reconciliation(survivor).path("clean").asBoolean())
                .as("every stored event reached every projection").isTrue();
        assertThat(rebuilt.keySet()).isEqualTo(live.keySet());
        live.forEach((table, rows) -> assertThat(rebuilt.get(table)).as("read model " + table).isEqualTo(rows));
    }
}
