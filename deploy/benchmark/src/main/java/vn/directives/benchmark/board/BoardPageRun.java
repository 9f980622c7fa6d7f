package vn.directives.benchmark.board;

import tools.jackson.databind.JsonNode;
import vn.directives.benchmark.CpuMeter;
import vn.directives.benchmark.Latencies;
import vn.directives.benchmark.http.Browser;
import vn.directives.benchmark.http.Http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workspace's task board page ({@code /tasks}) as a signed-in clerk opens it, beside the JSON
 * API's board ({@code /api/tasks}) with the same filters: one client, one request at a time, the
 * round trip on loopback (the workspace sends no {@code Server-Timing} header, so the round trip is
 * the server's time plus a loopback hop), and the page's weight: its HTML plus the same-origin
 * stylesheets and scripts it links, each fetched once (images and fonts excluded).
 */
public final class BoardPageRun {

    /** What was measured; weights in bytes, times in milliseconds. */
    public record Figures(int requests, double pageP50, double pageP95, double pageP99, double apiP50,
                          double apiP95, double apiP99, long htmlBytes, long assetBytes, long apiBytes,
                          List<String> assets, List<PerFilter> perFilters, long largestHtmlBytes,
                          String largest, double oneRowPageP50, double oneRowApiP50, double[] cpuMsPerPage,
                          double[] cpuMsPerApi) {

        public long weightBytes() {
            return htmlBytes + assetBytes;
        }
    }

    /** One filter's figures: the page's and the API's round trips (ms) and the page's HTML (bytes). */
    public record PerFilter(String query, int requests, double pageP50, double pageP95, double pageP99,
                            double apiP50, double apiP95, double apiP99, long htmlBytes) {
    }

    private static final Pattern STYLESHEET = Pattern.compile("<link\\b[^>]*\\brel=\"stylesheet\"[^>]*>");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*\\bsrc=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"");
    private static final Pattern NOT_CODE = Pattern.compile("(?i).*\\.(png|jpe?g|gif|svg|webp|ico|woff2?|ttf|otf|eot)$");

    private final Browser browser;
    private final Http api;
    private final CpuMeter server;
    private final CpuMeter postgres;

    /**
     * {@code browser} already signed in; {@code api} the same user over HTTP Basic; the CPU meters
     * of the query side and of PostgreSQL (either may be null: its CPU figures are then NaN).
     */
    public BoardPageRun(Browser browser, Http api, CpuMeter server, CpuMeter postgres) {
        this.browser = browser;
        this.api = api;
        this.server = server;
        this.postgres = postgres;
    }

    /**
     * The board's default view and a few filter, sort and page combinations a clerk uses, each
     * asked in turn until {@code requests} pages (and as many API reads) have been timed, after a
     * warm-up of three rounds (the JIT and the template cache, as on a server that has been up).
     */
    public Figures measure(int requests, Consumer<String> log) {
        List<String> filters = filters();
        for (int round = 0; round < 3; round++) {
            for (String query : filters) {
                page(query);
                api.bytes("/api/tasks" + query);
            }
        }
        Latencies pages = new Latencies();
        Latencies apis = new Latencies();
        Map<String, Latencies[]> each = new LinkedHashMap<>();
        filters.forEach(query -> each.put(query, new Latencies[]{new Latencies(), new Latencies()}));
        for (int i = 0; i < requests; i++) {
            String query = filters.get(i % filters.size());
            // alternate which goes first, so that neither always meets the other's leftovers
            long page;
            long json;
            if (i % 2 == 0) {
                page = timed(() -> page(query));
                json = timed(() -> api.bytes("/api/tasks" + query));
            } else {
                json = timed(() -> api.bytes("/api/tasks" + query));
                page = timed(() -> page(query));
            }
            pages.add(page);
            apis.add(json);
            each.get(query)[0].add(page);
            each.get(query)[1].add(json);
        }
        // the fixed cost of a page (session, header, pickers, layout) apart from its rows: one row each
        Latencies oneRowPages = new Latencies();
        Latencies oneRowApis = new Latencies();
        for (int i = 0; i < Math.max(20, requests / 5); i++) {
            oneRowPages.add(timed(() -> page("?size=1")));
            oneRowApis.add(timed(() -> api.bytes("/api/tasks?size=1")));
        }
        log.accept(String.format("board page of one row: p50 %.1f ms; API's board of one row p50 %.1f ms",
                oneRowPages.percentileMillis(50), oneRowApis.percentileMillis(50)));
        long largestHtml = 0;
        String largest = "";
        List<PerFilter> perFilters = new ArrayList<>();
        for (String query : filters) {
            int length = page(query).length;
            if (length > largestHtml) {
                largestHtml = length;
                largest = query.isEmpty() ? "(default)" : query;
            }
            Latencies[] latencies = each.get(query);
            PerFilter figures = new PerFilter(query.isEmpty() ? "(default)" : query, latencies[0].count(),
                    latencies[0].percentileMillis(50), latencies[0].percentileMillis(95),
                    latencies[0].percentileMillis(99), latencies[1].percentileMillis(50),
                    latencies[1].percentileMillis(95), latencies[1].percentileMillis(99), length);
            perFilters.add(figures);
            log.accept(String.format("board page %s: p50 %.1f p95 %.1f p99 %.1f ms, HTML %.1f kB; API p50 %.1f p95 "
                            + "%.1f p99 %.1f ms", figures.query(), figures.pageP50(), figures.pageP95(),
                    figures.pageP99(), length / 1000.0, figures.apiP50(), figures.apiP95(), figures.apiP99()));
        }
        byte[] html = page("");
        long assetBytes = 0;
        List<String> assets = new ArrayList<>();
        for (String asset : assets(new String(html, java.nio.charset.StandardCharsets.UTF_8))) {
            Browser.Page fetched = browser.get(asset);
            if (fetched.status() != 200) {
                throw new IllegalStateException("the board links " + asset + ", which answered " + fetched.status());
            }
            assetBytes += fetched.body().length;
            assets.add(asset + " " + fetched.body().length + " B");
        }
        long apiBytes = api.bytes("/api/tasks").length;
        // CPU per request, read from /proc whatever else runs: the pages alone, then the API alone
        int cpuRounds = Math.max(filters.size(), requests / 2);
        double[] cpuPage = cpuPerRequest(cpuRounds, i -> page(filters.get(i % filters.size())));
        double[] cpuApi = cpuPerRequest(cpuRounds, i -> api.bytes("/api/tasks" + filters.get(i % filters.size())));
        log.accept(String.format("CPU per request (query side + PostgreSQL): page %.1f + %.1f ms, API %.1f + %.1f ms",
                cpuPage[0], cpuPage[1], cpuApi[0], cpuApi[1]));
        return new Figures(requests, pages.percentileMillis(50), pages.percentileMillis(95),
                pages.percentileMillis(99), apis.percentileMillis(50), apis.percentileMillis(95),
                apis.percentileMillis(99), html.length, assetBytes, apiBytes, assets, perFilters, largestHtml, largest,
                oneRowPages.percentileMillis(50), oneRowApis.percentileMillis(50), cpuPage, cpuApi);
    }

    /** Milliseconds of CPU per request of the query side and of PostgreSQL over {@code rounds} requests. */
    private double[] cpuPerRequest(int rounds, java.util.function.IntConsumer request) {
        double[] before = {seconds(server), seconds(postgres)};
        for (int i = 0; i < rounds; i++) {
            request.accept(i);
        }
        return new double[]{(seconds(server) - before[0]) * 1000 / rounds,
                (seconds(postgres) - before[1]) * 1000 / rounds};
    }

    private static double seconds(CpuMeter meter) {
        return meter == null ? Double.NaN : meter.seconds();
    }

    /** The query strings asked (the same for the page and the API), the ids taken from the board itself. */
    private List<String> filters() {
        JsonNode first = api.get("/api/tasks?size=1").body().path("items").path(0);
        List<String> filters = new ArrayList<>(List.of("", "?status=OPEN",
                "?category=OPEN_OVERDUE&sort=dueDate&direction=desc", "?kind=SURVEY&sort=title&page=2",
                "?dueFrom=2026-01-01&dueTo=2026-06-30&size=100"));
        if (!first.isMissingNode()) {
            filters.add("?directiveId=" + first.path("directiveId").asString() + "&sort=openedOn&direction=desc");
            filters.add("?unitId=" + first.path("leadUnitId").asString() + "&status=OPEN&page=1");
        }
        return filters;
    }

    private byte[] page(String query) {
        Browser.Page page = browser.get("/tasks" + query);
        if (page.status() != 200 || !page.contentType().startsWith("text/html")) {
            throw new IllegalStateException("the board page /tasks" + query + " answered " + page.status()
                    + (page.location() != null ? " to " + page.location() : ""));
        }
        return page.body();
    }

    /** The same-origin stylesheets and scripts the page links, in order, each once. */
    static Set<String> assets(String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher link = STYLESHEET.matcher(html);
        while (link.find()) {
            Matcher href = HREF.matcher(link.group());
            if (href.find()) {
                found.add(href.group(1));
            }
        }
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            found.add(script.group(1));
        }
        found.removeIf(path -> !path.startsWith("/") || path.startsWith("//")
                || NOT_CODE.matcher(path.replaceFirst("[?#].*", "")).matches());
        return found;
    }

    private static long timed(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return (System.nanoTime() - start) / 1_000;
    }
}
