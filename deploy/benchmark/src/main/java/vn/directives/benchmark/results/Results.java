package vn.directives.benchmark.results;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.directives.benchmark.http.Http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code deploy/benchmark/results.json}: the run's figures under stable keys, for programs that
 * compare runs. Each step of the run adds its own keys when it has measured them ({@link #add}),
 * so a new step needs no change here: it picks keys of its own (snake case, the unit last:
 * {@code _s}, {@code _ms}, {@code _per_s}) and passes the run's {@code --results} path. A key
 * measured again replaces the earlier value; {@code null} says a figure was not reached in
 * this run (e.g. a replay cut short).
 * <p>
 * Keys of the query side's targets: {@code replay_all_seconds}, {@code rebuild_single_events_per_s},
 * {@code lag_p99_ms}, {@code lag_commands_per_s}, {@code ryw_503}, {@code report_as_recorded_s},
 * {@code report_corrected_s}, {@code commands_per_s} (an object: clients → commands/s); each
 * baseline under {@code baseline_…}.
 */
public final class Results {

    private Results() {
    }

    /** Adds {@code figures} to the file at {@code path} (created if missing); values are numbers, text, maps or null. */
    public static void add(Path path, Map<String, ?> figures) throws IOException {
        if (path == null) {
            return;
        }
        ObjectNode all = Files.exists(path) && Files.size(path) > 0
                ? (ObjectNode) Http.JSON.readTree(Files.readAllBytes(path))
                : Http.JSON.createObjectNode();
        figures.forEach((key, value) -> all.set(key, value == null ? all.nullNode() : Http.JSON.valueToTree(value)));
        Files.write(path, Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(sorted(all)));
    }

    /** The keys in alphabetical order, so that two runs' files compare line by line. */
    private static JsonNode sorted(ObjectNode all) {
        ObjectNode sorted = Http.JSON.createObjectNode();
        all.propertyNames().stream().sorted().forEach(key -> sorted.set(key, all.get(key)));
        return sorted;
    }
}
