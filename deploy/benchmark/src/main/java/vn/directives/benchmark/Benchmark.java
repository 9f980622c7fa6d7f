package vn.directives.benchmark;

import vn.directives.benchmark.baseline.RawPostgres;
import vn.directives.benchmark.board.BoardPageRun;
import vn.directives.benchmark.board.BoardSection;
import vn.directives.benchmark.http.Browser;
import vn.directives.benchmark.http.Http;
import vn.directives.benchmark.imports.ImportRun;
import vn.directives.benchmark.imports.ImportSection;
import vn.directives.benchmark.lag.Lag;
import vn.directives.benchmark.load.LoadDriver;
import vn.directives.benchmark.province.EventStoreWriter;
import vn.directives.benchmark.province.ProvinceGenerator;
import vn.directives.benchmark.replay.Replay;
import vn.directives.benchmark.report.Report;
import vn.directives.benchmark.results.Results;
import vn.directives.benchmark.yearly.YearlyReportRun;

import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The benchmark's five steps, run in turn by {@code deploy/benchmark/run}:
 * <ul>
 *   <li>{@code generate}: writes the province's history straight into the event store (through the
 *   command side's storage engine, not over HTTP, for speed) and records how long it took;</li>
 *   <li>{@code report}: the yearly report of the directive with the most tasks, both bases, built
 *   by the query side's report engine in this JVM (the run gives it a 512 MB heap), beside a raw
 *   scan of the event table;</li>
 *   <li>{@code commands}: the command side alone on that history, the command mix over HTTP at
 *   each concurrency beside raw one-row transactions;</li>
 *   <li>{@code lag}: both sides on a database of their own, the query side live: from a command's
 *   acknowledgement to its visibility, at a steady 1,000 commands/s;</li>
 *   <li>{@code replay}: a fresh query side started alone on the history: catch-up of every
 *   projection, checks, a rebuild, raw bulk baselines; writes BENCHMARKS.md and the plot;</li>
 *   <li>{@code board}: the same query side, caught up: the workspace's task board page as a clerk
 *   signed in through the sign-in page opens it, beside the JSON API's board with the same filters;</li>
 *   <li>{@code import}: the command side alone: a generated 50,000-row enterprise list checked,
 *   imported and imported again through the API, beside a raw COPY of the same rows.</li>
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
            case "report" -> report(options);
            case "commands" -> commands(options);
            case "lag" -> lag(options);
            case "replay" -> replay(options);
            case "board" -> board(options);
            case "import" -> importList(options);
            default -> throw new IllegalArgumentException(
                    "usage: generate|report|commands|lag|replay|board|import [--option=value ...]");
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
            writer.flush();
            seconds = (System.nanoTime() - start) / 1e9;
            long vacuum = System.nanoTime();
            writer.vacuumAnalyze();
            log("VACUUM (ANALYZE) of the event table after the load: %.1f s", (System.nanoTime() - vacuum) / 1e9);
        }
        System.out.printf("[benchmark] generated %,d events in %.1f s (%,.0f events/s)%n", events, seconds,
                events / seconds);
        Properties result = new Properties();
        result.setProperty("seed", String.valueOf(seed));
        result.setProperty("events", String.valueOf(events));
        result.setProperty("tasks", String.valueOf(size.tasks()));
        result.setProperty("enterprises", String.valueOf(size.enterprises()));
        result.setProperty("findings", String.valueOf(size.meanFindings()));
        result.setProperty("seconds", String.valueOf(seconds));
        result.setProperty("path", "straight into the event store (the command side's JDBC storage engine and "
                + "Jackson 3 serializer, batches of 2,000 events a transaction), not over HTTP");
        try (Writer out = Files.newBufferedWriter(Path.of(options.get("out")))) {
            result.store(out, "history generation");
        }
        results(options, Map.of("history_events", events, "history_tasks", size.tasks(),
                "generate_events_per_s", events / seconds));
    }

    /** The yearly report over the generated history, on the query side's role, handed on as JSON. */
    private static void report(Map<String, String> options) throws Exception {
        YearlyReportRun.Figures figures = new YearlyReportRun(options.get("db-url"), options.get("db-user"),
                options.get("db-password"), CpuMeter.cluster(options.get("postgres-pid")))
                .measure(line -> log("%s", line));
        Files.write(Path.of(options.get("out")), Http.JSON.writeValueAsBytes(figures));
        Map<String, Object> keys = new TreeMap<>();
        for (YearlyReportRun.Built built : figures.reports()) {
            String basis = built.basis().name().toLowerCase();
            keys.put("report_" + basis + "_s", built.seconds());
            keys.put("report_" + basis + "_peak_heap_mb", built.peakHeapBytes() >> 20);
        }
        for (YearlyReportRun.Built built : figures.warm()) {
            String basis = built.basis().name().toLowerCase();
            keys.put("report_" + basis + "_warm_s", built.seconds());
            keys.put("report_" + basis + "_warm_peak_heap_mb", built.peakHeapBytes() >> 20);
        }
        keys.put("baseline_report_scan_rows_per_s", figures.scan().perSecond());
        results(options, keys);
    }

    /** What the command-side step measured, handed to the replay step (which writes the report) as JSON. */
    record CommandFigures(List<LoadDriver.Level> levels, List<RawPostgres.Rate> rawTransactions) {
    }

    /** Phase one, the command side alone on the history: the command mix at each concurrency, beside raw transactions. */
    private static void commands(Map<String, String> options) throws Exception {
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "12"));
        List<LoadDriver.Level> levels = new java.util.ArrayList<>();
        List<RawPostgres.Rate> raws = new java.util.ArrayList<>();
        CpuMeter app = CpuMeter.process(options.get("command-pid"));
        CpuMeter postgres = CpuMeter.cluster(options.get("postgres-pid"));
        try (RawPostgres raw = raw(options)) {
            LoadDriver load = new LoadDriver(clerk(options, "command"));
            load.run(16, 5, 100_000);
            for (int clients : CONCURRENCY) {
                double[] before = {cpu(app), cpu(postgres)};
                LoadDriver.Level level = load.run(clients, seconds, 200_000)
                        .withCpu(cpu(app) - before[0], cpu(postgres) - before[1]);
                levels.add(level);
                log("%d clients: %,.0f commands/s, p50 %.1f p95 %.1f p99 %.1f ms, %d refused; CPU per command: "
                                + "command side %.2f ms, PostgreSQL %.2f ms", clients, level.perSecond(), level.p50(),
                        level.p95(), level.p99(), level.failures(), level.appCpuMs(), level.postgresCpuMs());
                double pgBefore = cpu(postgres);
                RawPostgres.Rate rate = raw.oneRowTransactions(clients, seconds / 2).withCpu(cpu(postgres) - pgBefore);
                raws.add(rate);
                log("raw, %d clients: %,.0f tx/s, p50 %.1f p99 %.1f ms; PostgreSQL CPU per transaction %.2f ms",
                        clients, rate.perSecond(), rate.p50(), rate.p99(), rate.postgresCpuMs());
            }
        }
        Files.write(Path.of(options.get("out")), Http.JSON.writeValueAsBytes(new CommandFigures(levels, raws)));
        Map<String, Object> perClients = new TreeMap<>();
        Map<String, Object> p99 = new TreeMap<>();
        Map<String, Object> cpu = new TreeMap<>();
        Map<String, Object> rawRate = new TreeMap<>();
        levels.forEach(level -> {
            perClients.put(String.valueOf(level.clients()), level.perSecond());
            p99.put(String.valueOf(level.clients()), level.p99());
            cpu.put(String.valueOf(level.clients()), Map.of("command_side", level.appCpuMs(),
                    "postgres", level.postgresCpuMs()));
        });
        raws.forEach(rate -> rawRate.put(String.valueOf(rate.clients()), rate.perSecond()));
        results(options, Map.of("commands_per_s", perClients, "commands_p99_ms", p99, "commands_cpu_ms", cpu,
                "baseline_one_row_tx_per_s", rawRate));
    }

    /**
     * Phase two, both sides on a database of their own (empty but for the calendar), so that the
     * query side is live, not replaying the history: the lag at a steady 1,000 commands/s.
     */
    private static void lag(Map<String, String> options) throws Exception {
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "12"));
        Replay processors = new Replay(admin(options, "query"));
        processors.catchUp(Duration.ofMinutes(2));
        CpuMeter commandSide = CpuMeter.process(options.get("command-pid"));
        CpuMeter querySide = CpuMeter.process(options.get("query-pid"));
        CpuMeter postgres = CpuMeter.cluster(options.get("postgres-pid"));
        double[] before = {cpu(commandSide), cpu(querySide), cpu(postgres)};
        Lag.Result lag = new Lag(new LoadDriver(clerk(options, "command")), processors, clerk(options, "query"))
                .measure(1_000, seconds * 1.5);
        if (commandSide != null && querySide != null && postgres != null && lag.commands() > 0) {
            // over the whole measurement, its polling of the query side and the 5 s after the load included
            double perCommand = 1000.0 / lag.commands();
            double commandMs = (cpu(commandSide) - before[0]) * perCommand;
            double queryMs = (cpu(querySide) - before[1]) * perCommand;
            double postgresMs = (cpu(postgres) - before[2]) * perCommand;
            log("CPU per command during the lag step (the measurement's polls included): command side %.2f ms,"
                    + " query side %.2f ms, PostgreSQL %.2f ms", commandMs, queryMs, postgresMs);
            results(options, Map.of("lag_cpu_ms", Map.of("command_side", commandMs, "query_side", queryMs,
                    "postgres", postgresMs)));
        }
        log("lag at %,.0f commands/s: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms; read-your-writes: %d of %d reads answered 503",
                lag.achievedRate(), lag.p50(), lag.p95(), lag.p99(), lag.ryw503(), lag.rywReads());
        if (lag.read() != null && lag.firstProcessor() != null) {
            log("lag until the shared reader has read the event: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms; until the first"
                    + " processor has passed it: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms", lag.read().p50(), lag.read().p95(),
                    lag.read().p99(), lag.firstProcessor().p50(), lag.firstProcessor().p95(), lag.firstProcessor().p99());
            results(options, Map.of("lag_read_p50_ms", lag.read().p50(), "lag_read_p99_ms", lag.read().p99(),
                    "lag_first_processor_p50_ms", lag.firstProcessor().p50(),
                    "lag_first_processor_p99_ms", lag.firstProcessor().p99()));
        }
        results(options, Map.of("lag_p50_ms", lag.p50(), "lag_p95_ms", lag.p95(), "lag_p99_ms", lag.p99(),
                "lag_commands_per_s", lag.achievedRate(), "lag_target_commands_per_s", lag.targetRate(),
                "lag_unseen", lag.unseen(), "ryw_503", lag.ryw503(), "ryw_reads", lag.rywReads()));
        Files.write(Path.of(options.get("out")), Http.JSON.writeValueAsBytes(lag));
    }

    /**
     * Phase three, a fresh query side started alone on the history: its catch-up per projection and
     * checks, a rebuild, the raw bulk baselines; then the report.
     */
    private static void replay(Map<String, String> options) throws Exception {
        Properties generation = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(options.get("generation")))) {
            generation.load(in);
        }
        Report report = new Report(generation);
        // a step left out of the run (DIRECTIVES_BENCH_STEPS) left no file: its section says "not measured"
        if (measured(options, "commands")) {
            CommandFigures commands = Http.JSON.readValue(Files.readAllBytes(Path.of(options.get("commands"))),
                    CommandFigures.class);
            report.levels.addAll(commands.levels());
            report.rawTransactions.addAll(commands.rawTransactions());
        }
        if (measured(options, "lag")) {
            report.lag = Http.JSON.readValue(Files.readAllBytes(Path.of(options.get("lag"))), Lag.Result.class);
        }
        if (measured(options, "yearly-report")) {
            report.yearly = Http.JSON.readValue(Files.readAllBytes(Path.of(options.get("yearly-report"))),
                    YearlyReportRun.Figures.class);
        }
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "12"));
        Replay replay = new Replay(admin(options, "query"));

        double capMinutes = Double.parseDouble(options.getOrDefault("catch-up-minutes", "7"));
        CpuMeter app = CpuMeter.process(options.get("query-pid"));
        CpuMeter postgres = CpuMeter.cluster(options.get("postgres-pid"));
        double[] before = {cpu(app), cpu(postgres)};
        long catchUpStart = System.nanoTime();
        report.catchUp.addAll(replay.catchUp(Duration.ofSeconds((long) (capMinutes * 60))));
        report.catchUpSeconds = (System.nanoTime() - catchUpStart) / 1e9;
        Map<String, Integer> groups = replay.processingGroups();
        long handled = report.catchUp.stream()
                .mapToLong(p -> p.events() * groups.getOrDefault(p.processor(), 1)).sum();
        report.catchUpAppCpuMs = (cpu(app) - before[0]) * 1000 / handled;
        report.catchUpPostgresCpuMs = (cpu(postgres) - before[1]) * 1000 / handled;
        log("catch-up CPU per event and projection: query side %.3f ms, PostgreSQL %.3f ms",
                report.catchUpAppCpuMs, report.catchUpPostgresCpuMs);
        report.history = replay.lowestPositionAndHead()[1];
        report.catchUp.forEach(p -> log("catch-up %s: %,d events in %.1f s (%,.0f events/s) %s", p.processor(),
                p.events(), p.seconds(), p.perSecond(), p.state()));
        boolean caughtUp = report.catchUp.stream().allMatch(p -> "DONE".equals(p.state()));
        try (RawPostgres raw = raw(options)) {
            if (caughtUp) {
                report.tasksOnBoard = clerk(options, "query").get("/api/tasks?size=1").body()
                        .path("totalElements").asLong(-1);
                for (tools.jackson.databind.JsonNode processor : admin(options, "query")
                        .get("/api/admin/reconciliation").body().path("processors")) {
                    report.missingEvents += processor.path("missingCount").asLong();
                }
            }
            report.tasksStored = raw.tasksStored();
            report.failedBatches = failedBatches(options.get("query-log"));
            log("task board: %,d tasks of %,d stored; reconciliation: %d missing; failed batches logged: %d",
                    report.tasksOnBoard, report.tasksStored, report.missingEvents, report.failedBatches);
            if (caughtUp) {
                for (String processor : rebuildList(options.getOrDefault("rebuild", "task-board"), replay)) {
                    double[] rebuildBefore = {cpu(app), cpu(postgres)};
                    Replay.Rebuilt rebuilt = replay.rebuild(processor, Duration.ofMinutes(3));
                    report.rebuilds.add(rebuilt);
                    // per stored event (what the rate counts), from the reset to the end, the wait for the
                    // stop included; a machine shared with other work inflates CPU less than it does time
                    double appMs = (cpu(app) - rebuildBefore[0]) * 1000 / Math.max(1, rebuilt.events());
                    double postgresMs = (cpu(postgres) - rebuildBefore[1]) * 1000 / Math.max(1, rebuilt.events());
                    report.rebuildCpuMs.put(processor, new double[]{appMs, postgresMs});
                    log("rebuilt %s alone: %,d events in %.1f s (%,.0f events/s) %s; CPU per stored event: query side "
                                    + "%.4f ms, PostgreSQL %.4f ms (%,.0f events per CPU second)", processor,
                            rebuilt.events(), rebuilt.seconds(), rebuilt.perSecond(), rebuilt.state(), appMs, postgresMs,
                            1000 / (appMs + postgresMs));
                }
            }
            report.scan = raw.sequentialScan();
            report.scan = raw.sequentialScan();
            log("raw scan %,.0f rows/s", report.scan.perSecond());
            report.insertSelect = raw.insertSelect(200_000);
            report.copyIn = raw.copyIn(200_000);
            log("raw INSERT…SELECT %,.0f rows/s, COPY %,.0f rows/s", report.insertSelect.perSecond(),
                    report.copyIn.perSecond());
        }
        // the investigations are a log of their own, with the figures of their own runs: only pointed to here
        report.notes.add("The investigations behind these figures (profiles, and what each change bought, measured "
                + "in runs of their own) are in [FINDINGS.md](FINDINGS.md); their figures are not this run's.");
        results(options, replayResults(report));
        report.write(Path.of(options.get("out")), Path.of(options.get("plot")), options.getOrDefault("machine", ""));
        log("wrote %s and %s", options.get("out"), options.get("plot"));
    }

    private static boolean measured(Map<String, String> options, String file) {
        return options.containsKey(file) && Files.exists(Path.of(options.get(file)));
    }

    /** The replay step's keys of results.json: catch-up, rebuilds, their checks and the raw baselines. */
    private static Map<String, Object> replayResults(Report report) {
        boolean caughtUp = report.catchUp.stream().allMatch(p -> "DONE".equals(p.state()));
        Map<String, Object> keys = new HashMap<>();
        keys.put("replay_all_seconds", caughtUp ? report.catchUpSeconds : null);
        keys.put("replay_all_finished", caughtUp);
        keys.put("replay_history_events", report.history);
        Map<String, Object> perProjection = new TreeMap<>();
        report.catchUp.forEach(p -> perProjection.put(p.processor(), p.perSecond()));
        keys.put("replay_events_per_s", perProjection);
        keys.put("replay_cpu_ms_per_event_query_side", report.catchUpAppCpuMs);
        keys.put("replay_cpu_ms_per_event_postgres", report.catchUpPostgresCpuMs);
        Map<String, Object> rebuilds = new TreeMap<>();
        report.rebuilds.forEach(r -> rebuilds.put(r.processor(), r.perSecond()));
        keys.put("rebuild_events_per_s", rebuilds);
        Map<String, Object> rebuildCpu = new TreeMap<>();
        report.rebuildCpuMs.forEach((processor, ms) -> rebuildCpu.put(processor,
                Map.of("query_side_ms", ms[0], "postgres_ms", ms[1])));
        keys.put("rebuild_cpu_ms_per_event", rebuildCpu);
        Replay.Rebuilt first = report.rebuilds.stream().filter(r -> "DONE".equals(r.state())).findFirst().orElse(null);
        keys.put("rebuild_single_events_per_s", first == null ? null : first.perSecond());
        keys.put("rebuild_single_processor", first == null ? null : first.processor());
        keys.put("reconciliation_missing_events", caughtUp ? report.missingEvents : null);
        keys.put("failed_batches", report.failedBatches);
        keys.put("baseline_scan_rows_per_s", report.scan.perSecond());
        keys.put("baseline_insert_select_rows_per_s", report.insertSelect.perSecond());
        keys.put("baseline_copy_in_rows_per_s", report.copyIn.perSecond());
        return keys;
    }

    /**
     * The workspace's task board page on the history, once the query side has caught up: round
     * trips and weight, beside the JSON API's board ({@link BoardPageRun}).
     */
    private static void board(Map<String, String> options) throws Exception {
        Replay replay = new Replay(admin(options, "query"));
        double capMinutes = Double.parseDouble(options.getOrDefault("catch-up-minutes", "20"));
        // the query side's streaming processors: the run leaves only those the page reads streaming
        log("board page: waiting for the processors of its read models (%s), at most %.0f min",
                String.join(", ", replay.processors()), capMinutes);
        long catchUpStart = System.nanoTime();
        List<Replay.Rebuilt> catchUp = replay.catchUp(Duration.ofSeconds((long) (capMinutes * 60)));
        double catchUpSeconds = (System.nanoTime() - catchUpStart) / 1e9;
        catchUp.forEach(p -> log("board's catch-up %s: %,d events in %.1f s (%,.0f events/s) %s", p.processor(),
                p.events(), p.seconds(), p.perSecond(), p.state()));
        Map<String, Object> keys = new TreeMap<>();
        for (String key : List.of("board_page_p50_ms", "board_page_p95_ms", "board_page_p99_ms",
                "board_page_weight_kb", "board_page_html_kb", "board_page_weight_max_kb", "board_page_one_row_p50_ms",
                "baseline_board_api_one_row_p50_ms", "baseline_board_api_p50_ms",
                "baseline_board_api_p95_ms", "baseline_board_api_p99_ms", "baseline_board_api_kb")) {
            keys.put(key, null);
        }
        if (!catchUp.stream().allMatch(p -> "DONE".equals(p.state()))) {
            // a board that is still filling measures a moving target: the figures stay null
            log("board page: not measured, the query side had not caught up within %.0f min", capMinutes);
            results(options, keys);
            return;
        }
        Browser browser = new Browser(options.get("query"));
        browser.signIn(System.getenv("DIRECTIVES_BENCH_USER"), System.getenv("DIRECTIVES_BENCH_PASSWORD"));
        Http clerk = clerk(options, "query");
        long tasks = clerk.get("/api/tasks?size=1").body().path("totalElements").asLong(-1);
        String loadBefore = loadAverage();
        String date = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0).toString().replace('T', ' ');
        BoardPageRun.Figures board = new BoardPageRun(browser, clerk, CpuMeter.process(options.get("query-pid")),
                CpuMeter.cluster(options.get("postgres-pid")))
                .measure(Integer.parseInt(options.getOrDefault("requests", "200")), line -> log("%s", line));
        String loadAfter = loadAverage();
        log("load average before the board's measurement %s, after it %s", loadBefore, loadAfter);
        log("board page over %,d tasks, %d requests: p50 %.1f p95 %.1f p99 %.1f ms; JSON API's board (baseline): "
                        + "p50 %.1f p95 %.1f p99 %.1f ms", tasks, board.requests(), board.pageP50(), board.pageP95(),
                board.pageP99(), board.apiP50(), board.apiP95(), board.apiP99());
        log("board page weight %.1f kB (HTML %.1f kB, stylesheets and scripts %.1f kB: %s); the API's page %.1f kB",
                board.weightBytes() / 1000.0, board.htmlBytes() / 1000.0, board.assetBytes() / 1000.0,
                String.join(", ", board.assets()), board.apiBytes() / 1000.0);
        log("heaviest board page asked: %s, %.1f kB with its stylesheets and scripts", board.largest(),
                (board.largestHtmlBytes() + board.assetBytes()) / 1000.0);
        keys.put("board_page_p50_ms", board.pageP50());
        keys.put("board_page_p95_ms", board.pageP95());
        keys.put("board_page_p99_ms", board.pageP99());
        keys.put("board_page_weight_kb", board.weightBytes() / 1000.0);
        keys.put("board_page_html_kb", board.htmlBytes() / 1000.0);
        keys.put("board_page_weight_max_kb", (board.largestHtmlBytes() + board.assetBytes()) / 1000.0);
        keys.put("board_page_one_row_p50_ms", board.oneRowPageP50());
        keys.put("baseline_board_api_one_row_p50_ms", board.oneRowApiP50());
        keys.put("board_page_requests", board.requests());
        keys.put("board_page_tasks", tasks);
        keys.put("baseline_board_api_p50_ms", board.apiP50());
        keys.put("baseline_board_api_p95_ms", board.apiP95());
        keys.put("baseline_board_api_p99_ms", board.apiP99());
        keys.put("baseline_board_api_kb", board.apiBytes() / 1000.0);
        keys.put("board_catch_up_seconds", catchUpSeconds);
        keys.put("board_page_cpu_ms", Map.of("query_side", board.cpuMsPerPage()[0], "postgres", board.cpuMsPerPage()[1]));
        keys.put("baseline_board_api_cpu_ms", Map.of("query_side", board.cpuMsPerApi()[0],
                "postgres", board.cpuMsPerApi()[1]));
        Map<String, Object> perFilter = new TreeMap<>();
        board.perFilters().forEach(f -> perFilter.put(f.query(), Map.of("page_p50_ms", f.pageP50(),
                "page_p95_ms", f.pageP95(), "page_p99_ms", f.pageP99(), "api_p50_ms", f.apiP50(),
                "api_p95_ms", f.apiP95(), "api_p99_ms", f.apiP99(), "html_kb", f.htmlBytes() / 1000.0)));
        keys.put("board_page_per_filter", perFilter);
        results(options, keys);
        if (options.containsKey("out")) {
            BoardSection.write(Path.of(options.get("out")), board, new BoardSection.Context(date, tasks,
                    history(options), catchUp, catchUpSeconds, loadBefore, loadAfter));
            log("wrote the board's section of %s", options.get("out"));
        }
    }

    /** A generated enterprise list imported through the API, beside a raw COPY of its rows ({@link ImportRun}). */
    private static void importList(Map<String, String> options) throws Exception {
        int rows = Integer.parseInt(options.getOrDefault("rows", "50000"));
        String loadBefore = loadAverage();
        ImportRun.Figures figures = new ImportRun(clerk(options, "command"), options.get("db-url"),
                options.get("db-user"), options.get("db-password")).measure(rows, line -> log("%s", line));
        String loadAfter = loadAverage();
        results(options, Map.of("import_50k_seconds", figures.importSeconds(),
                "import_rows_per_s", figures.rowsPerSecond(),
                "import_copy_rows_per_s", figures.copyRowsPerSecond(),
                "import_check_seconds", figures.checkSeconds(),
                "import_again_seconds", figures.reimportSeconds(),
                "import_rows", figures.rows()));
        if (options.containsKey("out")) {
            String date = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            ImportSection.write(Path.of(options.get("out")), figures, date, options.getOrDefault("machine", ""),
                    loadBefore, loadAfter);
            log("wrote the import's section of %s", options.get("out"));
        }
    }

    /** The generated history the board step measured on, in words, from the generation step's properties. */
    private static String history(Map<String, String> options) throws java.io.IOException {
        if (!measured(options, "generation")) {
            return "history not described";
        }
        Properties generation = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(options.get("generation")))) {
            generation.load(in);
        }
        return String.format("history of %,d events: %,d tasks opened, mean %s findings a survey, seed %s",
                Long.parseLong(generation.getProperty("events", "0")),
                Long.parseLong(generation.getProperty("tasks", "0")), generation.getProperty("findings", "?"),
                generation.getProperty("seed", "?"));
    }

    /** The load averages over 1, 5 and 15 minutes, as /proc tells them ("?" where it does not). */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | ArrayIndexOutOfBoundsException e) {
            return "?";
        }
    }

    /** Adds a step's figures to results.json ({@code --results}; none when the option is missing). */
    private static void results(Map<String, String> options, Map<String, ?> figures) throws java.io.IOException {
        String path = options.get("results");
        Results.add(path == null ? null : Path.of(path), figures);
    }

    /** The administrator named to the sides ({@code DIRECTIVES_ADMIN_USER}/{@code _PASSWORD}): processors, rebuilds, accounts. */
    private static Http admin(Map<String, String> options, String side) {
        return new Http(options.get(side), System.getenv().getOrDefault("DIRECTIVES_ADMIN_USER", "admin"),
                System.getenv("DIRECTIVES_ADMIN_PASSWORD"));
    }

    /** An Organization Committee clerk ({@code DIRECTIVES_BENCH_USER}/{@code _PASSWORD}): commands and business reads. */
    private static Http clerk(Map<String, String> options, String side) {
        return new Http(options.get(side), System.getenv("DIRECTIVES_BENCH_USER"),
                System.getenv("DIRECTIVES_BENCH_PASSWORD"));
    }

    private static double cpu(CpuMeter meter) {
        return meter == null ? Double.NaN : meter.seconds();
    }

    private static RawPostgres raw(Map<String, String> options) throws java.sql.SQLException {
        return new RawPostgres(options.get("db-url"), options.get("db-user"), options.get("db-password"));
    }

    private static List<String> rebuildList(String option, Replay replay) {
        if (option.isBlank() || "none".equals(option)) {
            return List.of();
        }
        // a read model's processing group run by a processor of several (the query side's processor
        // layout) is rebuilt with that processor: the only rebuild there is for it
        return "all".equals(option) ? replay.processors()
                : java.util.Arrays.stream(option.split(",")).map(replay::processorOf).distinct().toList();
    }

    /** Batches a projection failed (and retried) while processing, as the query side logged them. */
    private static long failedBatches(String log) throws java.io.IOException {
        if (log == null) {
            return -1;
        }
        try (var lines = Files.lines(Path.of(log))) {
            return lines.filter(line -> line.contains("Error while processing batch")).count();
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf("[benchmark] " + format + "%n", args);
    }
}
