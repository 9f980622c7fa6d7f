package vn.directives.benchmark.report;

import vn.directives.benchmark.board.BoardSection;
import vn.directives.benchmark.imports.ImportSection;
import vn.directives.benchmark.results.MarkdownSections;

import vn.directives.benchmark.baseline.RawPostgres;
import vn.directives.benchmark.lag.Lag;
import vn.directives.benchmark.load.LoadDriver;
import vn.directives.benchmark.replay.Replay;
import vn.directives.benchmark.yearly.YearlyReportRun;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Every figure of one run, each beside its baseline from the same run, as BENCHMARKS.md and a PNG plot. */
public final class Report {

    public final Properties generation;
    public final List<LoadDriver.Level> levels = new ArrayList<>();
    public final List<RawPostgres.Rate> rawTransactions = new ArrayList<>();
    public final List<Replay.Rebuilt> rebuilds = new ArrayList<>();
    /** Per processor rebuilt alone: CPU ms per stored event, query side and PostgreSQL. */
    public final java.util.Map<String, double[]> rebuildCpuMs = new java.util.TreeMap<>();
    public final List<Replay.Rebuilt> catchUp = new ArrayList<>();
    public long failedBatches;
    public RawPostgres.Rate insertSelect;
    public RawPostgres.Rate copyIn;
    public RawPostgres.Rate scan;
    public double catchUpSeconds;
    public double catchUpAppCpuMs;
    public double catchUpPostgresCpuMs;
    public long history;
    public long tasksOnBoard;
    public long tasksStored;
    public long missingEvents;
    public Lag.Result lag;
    public YearlyReportRun.Figures yearly;
    public final List<String> notes = new ArrayList<>();

    public Report(Properties generation) {
        this.generation = generation;
    }

    public void write(Path markdown, Path plot, String machine) throws IOException {
        // the steps that write their own section (board, import) may have run before: their figures are kept
        String earlier = Files.exists(markdown) ? Files.readString(markdown, StandardCharsets.UTF_8) : "";
        Files.writeString(markdown, MarkdownSections.carriedOver(earlier, markdown(machine, plot.getFileName().toString()),
                BoardSection.HEADING, ImportSection.HEADING), StandardCharsets.UTF_8);
        if (levels.isEmpty()) {
            return;
        }
        List<double[]> http = levels.stream().map(l -> new double[]{l.clients(), l.perSecond()}).toList();
        List<double[]> raw = rawTransactions.stream().map(r -> new double[]{r.clients(), r.perSecond()}).toList();
        Color blue = new Color(31, 119, 180);
        Color orange = new Color(230, 120, 20);
        Plot.write(plot, "Throughput (per second)", List.of(
                        new Plot.Series("commands over HTTP", blue, false, http),
                        new Plot.Series("raw one-row transactions", orange, true, raw)),
                "Latency (ms)", List.of(
                        new Plot.Series("HTTP p50", blue, false, levels.stream().map(l -> new double[]{l.clients(), l.p50()}).toList()),
                        new Plot.Series("HTTP p99", new Color(20, 60, 120), false, levels.stream().map(l -> new double[]{l.clients(), l.p99()}).toList()),
                        new Plot.Series("raw p50", orange, true, rawTransactions.stream().map(r -> new double[]{r.clients(), r.p50()}).toList()),
                        new Plot.Series("raw p99", new Color(160, 60, 0), true, rawTransactions.stream().map(r -> new double[]{r.clients(), r.p99()}).toList())));
    }

    private String markdown(String machine, String plotName) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `deploy/benchmark/run` on ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(". Every figure is beside a baseline measured in the same run on the same PostgreSQL.\n\n");
        md.append(machine).append("\n\n");
        md.append("## The history\n\n");
        md.append(String.format("%s events (%s tasks opened: the four kinds and about 15 %% general tasks, with their sub-tasks, comments "
                        + "and attachments; %s enterprises, seed %s) written in %.1f s, "
                        + "**%,.0f events/s**, %s.%n%n", num(generation, "events"), num(generation, "tasks"),
                num(generation, "enterprises"), generation.getProperty("seed"), dbl(generation, "seconds"),
                dbl(generation, "events") / dbl(generation, "seconds"), generation.getProperty("path")));
        if (copyIn != null) {
            md.append(String.format("| writing the history | rows/s | raw baseline | rows/s | ratio |%n|---|---:|---|---:|---:|%n"
                            + "| generator through the command side's storage engine | %,.0f | COPY in, same rows | %,.0f | %.2f |%n"
                            + "| | | INSERT … SELECT, same rows | %,.0f | %.2f |%n%n",
                    dbl(generation, "events") / dbl(generation, "seconds"), copyIn.perSecond(),
                    dbl(generation, "events") / dbl(generation, "seconds") / copyIn.perSecond(),
                    insertSelect.perSecond(), dbl(generation, "events") / dbl(generation, "seconds") / insertSelect.perSecond()));
        }
        if (catchUp.stream().allMatch(p -> "DONE".equals(p.state()))) {
            md.append(String.format("Checked by the query side: the task board lists %,d tasks, the store holds %,d "
                            + "(%s generated, the rest opened by the command load); reconciliation finds %d stored "
                            + "event(s) that did not reach a projection; the query side logged %d failed batch(es) "
                            + "while processing.%n%n", tasksOnBoard, tasksStored, num(generation, "tasks"),
                    missingEvents, failedBatches));
        } else {
            md.append(String.format("Checked by the query side as far as it came: it logged %d failed batch(es) while "
                    + "replaying; the task board (against the %,d tasks stored) and reconciliation are compared once "
                    + "the replay has finished, which it had not within the time allowed (below).%n%n",
                    failedBatches, tasksStored));
        }
        md.append("## Commands over HTTP\n\n");
        md.append("The command side alone on the history (the query side is started afterwards). Closed loop: "
                + "each client sends a flow of commands (open a task, its steps with `If-Match`), "
                + "the next command when the answer came. Baseline: one-row INSERT transactions (autocommit, "
                + "durable) of the event table's row shape from the same number of JDBC connections.\n\n");
        md.append("| clients | commands/s | p50 ms | p95 ms | p99 ms | refused | CPU ms/command: command side + PostgreSQL "
                + "| raw tx/s | raw p50 | raw p99 | CPU ms/tx: PostgreSQL | commands ÷ raw |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LoadDriver.Level level : levels) {
            RawPostgres.Rate raw = rawTransactions.stream().filter(r -> r.clients() == level.clients()).findFirst()
                    .orElse(null);
            md.append(String.format("| %d | %,.0f | %.1f | %.1f | %.1f | %d | %.2f + %.2f | %s | %s | %s | %s | %s |%n",
                    level.clients(), level.perSecond(), level.p50(), level.p95(), level.p99(), level.failures(),
                    level.appCpuMs(), level.postgresCpuMs(),
                    raw == null ? "–" : String.format("%,.0f", raw.perSecond()),
                    raw == null ? "–" : String.format("%.1f", raw.p50()),
                    raw == null ? "–" : String.format("%.1f", raw.p99()),
                    raw == null ? "–" : String.format("%.2f", raw.postgresCpuMs()),
                    raw == null ? "–" : String.format("%.2f", level.perSecond() / raw.perSecond())));
        }
        md.append("\n![throughput and latency against concurrency](").append(plotName).append(")\n\n");
        md.append("## Replay into each projection\n\n");
        md.append(String.format("A fresh query side started alone on the whole history (%,d events): every projection "
                + "replays it at once, as after a deployment. Per projection, the events it went through from the "
                + "benchmark's first look and how long it took to pass the head (%.0f s in all), beside the raw "
                + "sequential scan of the event table. CPU spent per event and projection: query side %.3f ms, "
                + "PostgreSQL %.3f ms.%n%n", history, catchUpSeconds, catchUpAppCpuMs, catchUpPostgresCpuMs));
        md.append(processorSettings()).append("\n\n");
        replayTable(md, catchUp);
        if (!rebuilds.isEmpty()) {
            md.append("\nThen rebuilt alone through the admin API (`POST /api/admin/processors/{name}/rebuild`, "
                    + "from its reset to its finish), while the other projections were idle:\n\n");
            replayTable(md, rebuilds);
        }
        md.append("\n## Lag\n\n");
        if (lag != null) {
            md.append(String.format("Both sides started on a database of their own (its store empty but for the "
                            + "calendar), so that the query side is live rather than replaying the history. "
                            + "Commands sent at a steady %,d/s (achieved %,.0f/s, %,d commands); from each "
                            + "command's acknowledgement until every processor had passed its `position`: "
                            + "**p50 %.0f ms, p95 %.0f ms, p99 %.0f ms** (%d not seen within 5 s after the run; "
                            + "positions polled every 10 ms); read-your-writes: %,d of %,d reads answered 503.%n%n",
                    lag.targetRate(), lag.achievedRate(), lag.commands(), lag.p50(), lag.p95(), lag.p99(),
                    lag.unseen(), lag.ryw503(), lag.rywReads()));
            if (lag.read() != null && lag.firstProcessor() != null) {
                md.append(String.format("Until the query side's shared reader had read the event (settled, reader "
                                + "woken): p50 %.0f ms, p99 %.0f ms; until the first processor had passed it: "
                                + "p50 %.0f ms, p99 %.0f ms.%n%n", lag.read().p50(), lag.read().p99(),
                        lag.firstProcessor().p50(), lag.firstProcessor().p99()));
            }
        } else {
            md.append("Not measured.\n\n");
        }
        md.append("## The yearly report\n\n");
        md.append(yearlyReport(yearly));
        md.append("## Raw PostgreSQL baselines\n\n| what | rows/s |\n|---|---:|\n");
        md.append(String.format("| sequential scan of the event table | %,.0f |%n", scan.perSecond()));
        if (yearly != null) {
            md.append(String.format("| the same, from the report's JVM on the query side's role | %,.0f |%n",
                    yearly.scan().perSecond()));
        }
        md.append(String.format("| INSERT … SELECT (%,d rows) | %,.0f |%n", insertSelect.rows(), insertSelect.perSecond()));
        md.append(String.format("| COPY in, binary (%,d rows) | %,.0f |%n", copyIn.rows(), copyIn.perSecond()));
        for (RawPostgres.Rate raw : rawTransactions) {
            md.append(String.format("| one-row transactions, %d clients | %,.0f |%n", raw.clients(), raw.perSecond()));
        }
        md.append("\n");
        if (!notes.isEmpty()) {
            md.append("## Findings\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    /**
     * The query side's processor settings of this run, which the sides take from the environment: how
     * many segments a new processor gets and which read models share a processor (docs/event-store.md).
     */
    static String processorSettings() {
        String segments = System.getenv("DIRECTIVES_QUERY_SEGMENTS");
        String layout = System.getenv("DIRECTIVES_QUERY_PROCESSOR_LAYOUT");
        return "Processors of the query side in this run: "
                + (segments == null || segments.isBlank() ? "the default segments per processor"
                : "`DIRECTIVES_QUERY_SEGMENTS=" + segments + "`") + ", "
                + (layout == null || layout.isBlank() ? "one processor per read model (the default layout)"
                : "`DIRECTIVES_QUERY_PROCESSOR_LAYOUT=" + layout + "` (a processor named after the read models it runs "
                + "together; `other-read-models` is every read model not named)") + ".";
    }

    /** The yearly report's section: each basis beside the raw scan of the event table from the same JVM. */
    static String yearlyReport(YearlyReportRun.Figures yearly) {
        if (yearly == null) {
            return "Not measured in this run.\n\n";
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format("The report engine of the query side (`YearlyReports.json`) in a JVM of its own with a "
                        + "%,d MB heap, on the query side's database role, over the generated history (%,d events): "
                        + "directive %s, the one with most tasks (%,d), at its %s cut-off. Peak heap is the sum of "
                        + "the heap pools' peaks, reset (after a collection) before each report. Baseline: the "
                        + "sequential scan of the event table (count and sum of payload length) from the same JVM, "
                        + "%.2f s.%n%n", yearly.maxHeapBytes() >> 20, yearly.scan().rows(), yearly.directiveNumber(),
                yearly.directiveTasks(), yearly.cutOff(), yearly.scan().seconds()));
        md.append("| basis | seconds | peak heap MB | JSON bytes | store events/s | raw scan rows/s | ratio |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        for (YearlyReportRun.Built report : yearly.reports()) {
            md.append(row(yearly, report, ""));
        }
        for (YearlyReportRun.Built report : yearly.warm()) {
            md.append(row(yearly, report, ", warm JVM"));
        }
        if (!yearly.warm().isEmpty()) {
            md.append("\nThe first two rows are a fresh JVM's first reports, its JIT compiler at work while they run; "
                    + "the warm rows build each basis again in the same JVM after the others, as the query side "
                    + "builds a report once it has built some.\n");
        }
        return md.append('\n').toString();
    }

    private static String row(YearlyReportRun.Figures yearly, YearlyReportRun.Built report, String note) {
        return String.format("| %s%s | %.2f | %,d | %,d | %,.0f | %,.0f | %.3f |%n",
                report.basis().name().toLowerCase().replace('_', ' '), note, report.seconds(),
                report.peakHeapBytes() >> 20, report.jsonBytes(), yearly.eventsPerSecond(report),
                yearly.scan().perSecond(), yearly.ratio(report));
    }

    private void replayTable(StringBuilder md, List<Replay.Rebuilt> replays) {
        md.append("| projection | events | seconds | events/s | raw scan rows/s | ratio |\n|---|---:|---:|---:|---:|---:|\n");
        for (Replay.Rebuilt replayed : replays) {
            md.append(String.format("| %s | %,d | %.1f | %,.0f | %,.0f | %.3f |%n", replayed.processor()
                            + ("DONE".equals(replayed.state()) ? "" : " (" + replayed.state().toLowerCase() + ")"),
                    replayed.events(), replayed.seconds(), replayed.perSecond(), scan.perSecond(),
                    replayed.perSecond() / scan.perSecond()));
        }
    }

    private static String num(Properties p, String key) {
        return String.format("%,d", Long.parseLong(p.getProperty(key, "0")));
    }

    private static double dbl(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key, "0"));
    }
}
