package vn.directives.benchmark.board;

import vn.directives.benchmark.replay.Replay;
import vn.directives.benchmark.results.MarkdownSections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The board step's section of BENCHMARKS.md ({@code ## The task board page}): written into the
 * file as it stands, replacing the section of an earlier run, so that a run of the board step
 * alone keeps the other steps' figures and a full run gets the section after the replay's report.
 */
public final class BoardSection {

    public static final String HEADING = "## The task board page";

    /** How the board's read models caught up, and the load around the measurement. */
    public record Context(String date, long tasks, String history, List<Replay.Rebuilt> catchUp,
                          double catchUpSeconds, String loadBefore, String loadAfter) {
    }

    private BoardSection() {
    }

    /** Writes the section into {@code file} (created with a title if missing). */
    public static void write(Path file, BoardPageRun.Figures board, Context context) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        Files.writeString(file, replaced(existing, render(board, context)));
    }

    /** {@code document} with its board section replaced by {@code section}, or the section put before the findings. */
    static String replaced(String document, String section) {
        return MarkdownSections.replaced(document, HEADING, section);
    }

    static String render(BoardPageRun.Figures board, Context context) {
        StringBuilder md = new StringBuilder(HEADING).append("\n\n");
        md.append(String.format("Measured by the board step on %s UTC over %,d tasks on the board (%s). Load average "
                        + "before the measurement %s, after it %s (the machine is shared: compare the ratios). The "
                        + "page's read models caught up on a query side of its own where only the processors the page "
                        + "reads replay (%s: %.0f s); the others (timeline, deadlines, calendar) were switched off "
                        + "there (subscribing mode), see the board step in `deploy/benchmark/run`.%n%n",
                context.date(), context.tasks(), context.history(), context.loadBefore(), context.loadAfter(),
                String.join(", ", context.catchUp().stream()
                        .map(p -> p.processor() + (p.events() > 0 ? String.format(" %,.0f events/s", p.perSecond())
                                : "")).toList()),
                context.catchUpSeconds()));
        md.append(String.format("One clerk signed in through `/signin`, one request at a time after three warm-up "
                + "rounds, %d pages timed (the round trip on loopback: the server's time plus one hop), each beside "
                + "the JSON API's board (`/api/tasks`, same query string, same load: the baseline). Target: p95 ≤ "
                + "300 ms and ≤ 200 kB before images.%n%n", board.requests()));
        md.append("| filters | pages | HTML kB | page p50 ms | p95 | p99 | API p50 ms | p95 | p99 | page p95 ÷ API p95 |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BoardPageRun.PerFilter filter : board.perFilters()) {
            md.append(String.format("| `%s` | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f |%n",
                    filter.query(), filter.requests(), filter.htmlBytes() / 1000.0, filter.pageP50(),
                    filter.pageP95(), filter.pageP99(), filter.apiP50(), filter.apiP95(), filter.apiP99(),
                    filter.pageP95() / filter.apiP95()));
        }
        md.append(String.format("| **all** | %d | | **%.1f** | **%.1f** | **%.1f** | %.1f | %.1f | %.1f | %.2f |%n",
                board.requests(), board.pageP50(), board.pageP95(), board.pageP99(), board.apiP50(), board.apiP95(),
                board.apiP99(), board.pageP95() / board.apiP95()));
        md.append(String.format("| one row (`?size=1`) | | | %.1f | | | %.1f | | | |%n%n", board.oneRowPageP50(),
                board.oneRowApiP50()));
        md.append(String.format("Page weight, uncompressed, before images: **%.1f kB** for the default page (HTML "
                        + "%.1f kB, stylesheets and scripts %.1f kB: %s); the heaviest page asked (%s) %.1f kB; the "
                        + "API's default page %.1f kB.%n%n", board.weightBytes() / 1000.0,
                board.htmlBytes() / 1000.0, board.assetBytes() / 1000.0, String.join(", ", board.assets()),
                board.largest(), (board.largestHtmlBytes() + board.assetBytes()) / 1000.0, board.apiBytes() / 1000.0));
        md.append(String.format("CPU per request, read from /proc whatever else runs (the same filters in turn, "
                        + "pages alone then API reads alone): the page %.1f ms in the query side + %.1f ms in "
                        + "PostgreSQL, the API's board %.1f + %.1f ms (ratio %.2f).%n", board.cpuMsPerPage()[0],
                board.cpuMsPerPage()[1], board.cpuMsPerApi()[0], board.cpuMsPerApi()[1],
                (board.cpuMsPerPage()[0] + board.cpuMsPerPage()[1]) / (board.cpuMsPerApi()[0] + board.cpuMsPerApi()[1])));
        return md.toString();
    }
}
