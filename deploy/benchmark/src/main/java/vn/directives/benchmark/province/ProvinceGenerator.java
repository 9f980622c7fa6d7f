package vn.directives.benchmark.province;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A realistic province's history, 2023 to November 2026, deterministic from a seed: ~100 units
 * with the 2025 reform, 40 Steering Committee members, four directives, enterprises and their
 * Party organizations, then tasks of all four kinds opened on working days through the years,
 * each taken through its lifecycle (extensions, reassignments, late entries, cancellations).
 * Events come out in the order they were recorded, each with the sequence number, metadata and
 * timestamp the command side would have stored.
 */
public final class ProvinceGenerator {

    /** How big a province: tasks, enterprises, mean findings per survey (surveys make most of the events). */
    public record Size(int tasks, int enterprises, int meanFindings) {

        /** About 1,000,000 events. */
        public static Size realistic() {
            return new Size(20_000, 3_000, 176);
        }
    }

    private final long seed;
    private final Size size;

    public ProvinceGenerator(long seed, Size size) {
        this.seed = seed;
        this.size = size;
    }

    /** Hands every event of the history to {@code sink}, in recorded order; answers how many. */
    public long generate(Consumer<HistoryEvent> sink) {
        Random random = new Random(seed);
        Timeline timeline = new Timeline(seed, sink);
        Province province = new Province(random);
        new Founding(random, timeline, province).found(size.enterprises(), size.enterprises() * 3 / 20);
        Tasks tasks = new Tasks(random, timeline, province, size.meanFindings());
        LocalDate first = Dates.START.plusDays(7);
        long days = ChronoUnit.DAYS.between(first, Dates.END.minusDays(5));
        for (int i = 0; i < size.tasks(); i++) {
            LocalDate openedOn = Dates.workingDay(first.plusDays(days * i / size.tasks()));
            timeline.recordUntil(Dates.at(openedOn, 0));
            tasks.open(openedOn);
        }
        timeline.recordAll();
        return timeline.emitted();
    }
}
