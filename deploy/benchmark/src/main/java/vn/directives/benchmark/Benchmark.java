package vn.directives.benchmark;

import vn.directives.benchmark.baseline.RawPostgres;
import vn.directives.benchmark.http.Http;
import vn.directives.benchmark.lag.Lag;
import vn.directives.benchmark.load.LoadDriver;
import vn.directives.benchmark.province.EventStoreWriter;
import vn.directives.benchmark.province.ProvinceGenerator;
import vn.directives.benchmark.replay.Replay;
import vn.directives.benchmark.report.Report;

import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The benchmark's two steps, run by {@code deploy/benchmark/run}:
 * <ul>
 *   <li>{@code generate}: writes the province's history straight into the event store (through the
 *   command side's storage engine, not over HTTP, for speed) and records how long it took;</li>
 *   <li>{@code measure}: against both sides running, measures catch-up, rebuilds, commands over
 *   HTTP, lag, and the raw PostgreSQL baselines, and writes BENCHMARKS.md and the plot.</li>
 * </ul>
 * Options are {@code --name=value}; see {@code deploy/benchmark/run} for the values it passes.
 */
public final class Benchmark {

    private static final int[] CONCURRENCY = {1, 4, 16, 64};

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        switch (args.length == 0 ? "" : args[0]) {
            case "generate" -> generate(options);
            case "measure" -> measure(options);
            default -> throw new IllegalArgumentException("usage: generate|measure [--option=value ...]");
        }
        System.exit(0);
    }

    private static void generate(Map<String, String> options) throws Exception {
        long seed = Long.parseLong(options.getOrDefault("seed", "20260101"));
        ProvinceGenerator.Size realistic = ProvinceGenerator.Size.realistic();
        ProvinceGenerator.Size size = new ProvinceGenerator.Size(
                Integer.parseInt(options.getOrDefault("tasks", String.valueOf(realistic.tasks()))),
                Integer.parseInt(options.getOrDefault("enterprises", String.valueOf(realistic.enterprises()))),
                Integer.parseInt(options.getOrDefault("findings", String.valueOf(realistic.meanFindings()))));
        long events;
        double seconds;
        try (EventStoreWriter writer = new EventStoreWriter(options.get("db-url"))) {
            long start = System.nanoTime();
            events = new ProvinceGenerator(seed, size).generate(writer);
            writer.close();
            seconds = (System.nanoTime() - start) / 1e9;
        }
        System.out.printf("[benchmark] generated %,d events in %.1f s (%,.0f events/s)%n", events, seconds,
                events / seconds);
        Properties result = new Properties();
        result.setProperty("seed", String.valueOf(seed));
        result.setProperty("events", String.valueOf(events));
        result.setProperty("tasks", String.valueOf(size.tasks()));
        result.setProperty("enterprises", String.valueOf(size.enterprises()));
        result.setProperty("seconds", String.valueOf(seconds));
        result.setProperty("path", "straight into the event store (the command side's JDBC storage engine and "
                + "Jackson 3 serializer, batches of 2,000 events a transaction), not over HTTP");
        try (Writer out = Files.newBufferedWriter(Path.of(options.get("out")))) {
            result.store(out, "history generation");
        }
    }

    private static void measure(Map<String, String> options) throws Exception {
        Properties generation = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(options.get("generation")))) {
            generation.load(in);
        }
        Report report = new Report(generation);
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "12"));
        Http command = new Http(options.get("command"));
        Http query = new Http(options.get("query"));
        Replay replay = new Replay(query);

        long caughtUpFrom = replay.lowestPositionAndHead()[0];
        long start = System.nanoTime();
        report.history = replay.awaitCaughtUp(Duration.ofMinutes(8));
        report.catchUpSeconds = (System.nanoTime() - start) / 1e9;
        report.catchUpEvents = report.history - caughtUpFrom;
        log("query side caught up with %,d events (%,d after its first answer) in %.1f s", report.history,
                report.catchUpEvents, report.catchUpSeconds);
        report.tasksOnBoard = query.get("/api/tasks?size=1").body().path("totalElements").asLong(-1);
        for (tools.jackson.databind.JsonNode processor : query.get("/api/admin/reconciliation").body().path("processors")) {
            report.missingEvents += processor.path("missingCount").asLong();
        }

        try (RawPostgres raw = new RawPostgres(options.get("db-url"), options.get("db-user"),
                options.get("db-password"))) {
            report.scan = raw.sequentialScan();
            report.scan = raw.sequentialScan();
            log("raw scan %,.0f rows/s", report.scan.perSecond());
            for (String processor : replay.processors()) {
                Replay.Rebuilt rebuilt = replay.rebuild(processor, Duration.ofMinutes(4));
                report.rebuilds.add(rebuilt);
                log("rebuilt %s: %,d events in %.1f s (%,.0f events/s)", processor, rebuilt.events(),
                        rebuilt.seconds(), rebuilt.perSecond());
            }
            LoadDriver load = new LoadDriver(command);
            load.run(16, 5, 100_000);
            for (int clients : CONCURRENCY) {
                LoadDriver.Level level = load.run(clients, seconds, 200_000);
                report.levels.add(level);
                log("%d clients: %,.0f commands/s, p50 %.1f p95 %.1f p99 %.1f ms, %d refused", clients,
                        level.perSecond(), level.p50(), level.p95(), level.p99(), level.failures());
                RawPostgres.Rate rate = raw.oneRowTransactions(clients, seconds / 2);
                report.rawTransactions.add(rate);
                log("raw, %d clients: %,.0f tx/s, p50 %.1f p99 %.1f ms", clients, rate.perSecond(), rate.p50(),
                        rate.p99());
            }
            report.lag = new Lag(load, replay).measure(1_000, seconds * 1.5);
            log("lag at %,.0f commands/s: p50 %.0f ms, p99 %.0f ms", report.lag.achievedRate(), report.lag.p50(),
                    report.lag.p99());
            report.insertSelect = raw.insertSelect(200_000);
            report.copyIn = raw.copyIn(200_000);
            log("raw INSERT…SELECT %,.0f rows/s, COPY %,.0f rows/s", report.insertSelect.perSecond(),
                    report.copyIn.perSecond());
        }
        Path notes = Path.of(options.getOrDefault("notes", "deploy/benchmark/FINDINGS.md"));
        if (Files.exists(notes)) {
            Files.readAllLines(notes).stream().filter(l -> l.startsWith("- ")).map(l -> l.substring(2))
                    .forEach(report.notes::add);
        }
        report.write(Path.of(options.get("out")), Path.of(options.get("plot")), options.getOrDefault("machine", ""));
        log("wrote %s and %s", options.get("out"), options.get("plot"));
    }

    private static void log(String format, Object... args) {
        System.out.printf("[benchmark] " + format + "%n", args);
    }
}
