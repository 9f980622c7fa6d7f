import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The soak run's report (experiments-soak.sh): reads the samples it took (memory.tsv, tables.tsv,
 * key-age.tsv), the held transaction's figures (held.json) and the drill's (drill.env), judges each
 * and writes soak.json (the results.json "soak" object) and soak.md (the FAULTS.md section).
 *
 *   java SoakReport.java <soak directory> <soak seconds> <idempotency retention> <purge interval>
 *
 * Memory is bounded when each instance's heap after a full collection at the end is within 10 %
 * (or 8 MB) of the one half-way (the first half is the JVM's warm-up: caches, compiled code). A
 * table is judged by what it is for: the history (the event store, its chain, and what projects
 * one row per unit registered) grows with the commands by design; a table that expires its rows
 * must not hold a row older than its retention and purge interval (plus a minute); every other
 * table must not grow in the soak's second half.
 */
public class SoakReport {

    /** Tables that hold one row (or a fixed few) per command by design: the history and its projections. */
    private static final Map<String, String> HISTORY = new LinkedHashMap<>();

    static {
        HISTORY.put("events.domain_event_entry", "the event store: one event per command");
        HISTORY.put("events.event_chain", "the audit chain: one link per event");
        HISTORY.put("command.unit", "the command side's unit lookup");
        HISTORY.put("command.unit_name", "the command side's unit names");
        HISTORY.put("query.unit", "the units read model");
        HISTORY.put("query.unit_name", "the unit names read model");
        HISTORY.put("query.unit_history", "the units read model (history)");
        HISTORY.put("query.unit_name_lookup", "the name lookup read model");
        HISTORY.put("query.processor_tally", "reconciliation counts: one row per processor, type and 10,000 events");
    }

    /** Tables that could grow without bound under other loads: named in the report even when empty. */
    private static final List<String> WATCHED = List.of("sessions.spring_session", "sessions.spring_session_attributes",
            "command.urging_notice", "query.security_log", "query.notification");

    private static final Map<String, String> EXPIRING = Map.of(
            "command.idempotency_key", "idempotency keys: removed after the retention");

    private static final Map<String, String> AUDIT = Map.of(
            "security.security_log", "refused requests and account changes (append-only; none in this load)",
            "query.security_log", "refused requests on the query side (append-only; none in this load)");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        long retentionS = seconds(args[2]);
        long purgeS = seconds(args[3]);
        List<String> findings = new ArrayList<>();
        boolean pass = true;

        // ---- memory
        Map<String, List<String[]>> memory = new TreeMap<>();
        for (String line : lines(dir.resolve("memory.tsv"))) {
            String[] f = line.split("\t");
            memory.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
        }
        StringBuilder memJson = new StringBuilder();
        StringBuilder memMd = new StringBuilder();
        StringBuilder grewMd = new StringBuilder();
        for (Map.Entry<String, List<String[]>> e : memory.entrySet()) {
            List<String[]> samples = e.getValue();
            List<String[]> forced = samples.stream().filter(f -> f[5].equals("1")).toList();
            double gcStart = num(forced.get(0)[2]);
            double gcMid = forced.size() > 2 ? num(forced.get(1)[2]) : gcStart;
            double gcEnd = num(forced.get(forced.size() - 1)[2]);
            double heapMax = samples.stream().mapToDouble(f -> num(f[2])).max().orElse(0);
            double rssStart = num(samples.get(0)[4]);
            double rssEnd = num(samples.get(samples.size() - 1)[4]);
            double rssMax = samples.stream().mapToDouble(f -> num(f[4])).max().orElse(0);
            boolean bounded = gcEnd <= Math.max(gcMid * 1.10, gcMid + 8);
            // the classes whose live bytes grew most from half-way to the end (class histograms)
            String grew = forced.size() > 2 ? grewMost(dir, e.getKey(), forced.get(1)[0], forced.get(forced.size() - 1)[0]) : "";
            if (!bounded) {
                pass = false;
                findings.add(String.format(Locale.ROOT, "%s: heap after a full GC grew from %.1f MB half-way to %.1f MB at the end;"
                        + " live bytes that grew most meanwhile: %s", e.getKey(), gcMid, gcEnd, grew.replace("\"", "")));
            }
            if (!memJson.isEmpty()) {
                memJson.append(",\n  ");
            }
            memJson.append(String.format(Locale.ROOT, "{\"instance\": \"%s\", \"heap_after_full_gc_mb\": {\"start\": %.1f, "
                            + "\"mid\": %.1f, \"end\": %.1f}, \"heap_used_max_mb\": %.1f, \"rss_mb\": {\"start\": %.1f, "
                            + "\"end\": %.1f, \"max\": %.1f}, \"samples\": %d, \"bounded\": %s, "
                            + "\"grew_most_mid_to_end\": \"%s\"}",
                    e.getKey(), gcStart, gcMid, gcEnd, heapMax, rssStart, rssEnd, rssMax, samples.size(), bounded,
                    grew.replace("\"", "'")));
            if (!grew.isEmpty()) {
                grewMd.append("- ").append(e.getKey()).append(", live bytes that grew most from half-way to the end: ")
                        .append(grew).append('\n');
            }
            memMd.append(String.format(Locale.ROOT, "| %s | %.1f → %.1f → %.1f | %.1f | %.0f → %.0f (max %.0f) | %s |%n",
                    e.getKey(), gcStart, gcMid, gcEnd, heapMax, rssStart, rssEnd, rssMax, bounded ? "yes" : "**no**"));
        }

        // ---- tables
        Map<String, List<long[]>> tables = new TreeMap<>();
        for (String line : lines(dir.resolve("tables.tsv"))) {
            String[] f = line.split("\t");
            if (f.length < 4 || f[2].isBlank()) {
                continue;
            }
            tables.computeIfAbsent(f[1], k -> new ArrayList<>())
                    .add(new long[]{Long.parseLong(f[0]), Long.parseLong(f[2]), Long.parseLong(f[3])});
        }
        long events = growth(tables.get("events.domain_event_entry"));
        long keyAgeEnd = 0;
        long keyAgeMax = 0;
        for (String line : lines(dir.resolve("key-age.tsv"))) {
            String[] f = line.split("\t");
            keyAgeEnd = Long.parseLong(f[1].strip());
            keyAgeMax = Math.max(keyAgeMax, keyAgeEnd);
        }
        List<String> empty = new ArrayList<>();
        StringBuilder tabJson = new StringBuilder();
        StringBuilder tabMd = new StringBuilder();
        for (Map.Entry<String, List<long[]>> e : tables.entrySet()) {
            List<long[]> s = e.getValue();
            long start = s.get(0)[1];
            long end = s.get(s.size() - 1)[1];
            long max = s.stream().mapToLong(r -> r[1]).max().orElse(0);
            if (max == 0 && end == 0) {
                empty.add(e.getKey());
                continue;
            }
            // the largest row count seen in the first half: the second half must not go above it
            long firstHalfMax = s.stream().filter(r -> r[0] <= seconds / 2).mapToLong(r -> r[1]).max().orElse(start);
            String name = e.getKey();
            String kind;
            String what;
            boolean bounded;
            String note;
            if (HISTORY.containsKey(name)) {
                kind = "history";
                what = HISTORY.get(name);
                bounded = true;
                note = "grows with the commands, by design";
            } else if (EXPIRING.containsKey(name)) {
                kind = "expiring";
                what = EXPIRING.get(name);
                bounded = keyAgeEnd <= retentionS + purgeS + 60 && end < max + 1 && seconds > retentionS + purgeS;
                note = String.format(Locale.ROOT, "oldest row %d s old at the end (retention %d s, purged every %d s); "
                        + "at most %d rows", keyAgeEnd, retentionS, purgeS, max);
            } else if (AUDIT.containsKey(name)) {
                kind = "audit";
                what = AUDIT.get(name);
                bounded = end == start;
                note = end == start ? "unchanged" : "grew: the load was refused somewhere";
            } else {
                kind = "bounded";
                what = "";
                bounded = end <= Math.max(firstHalfMax + 10, (long) (firstHalfMax * 1.05));
                note = bounded ? "no growth in the second half" : "still growing in the second half";
            }
            if (!bounded) {
                pass = false;
                findings.add(name + ": " + note);
            }
            double per1000 = events > 0 ? (end - start) * 1000.0 / events : 0;
            if (!tabJson.isEmpty()) {
                tabJson.append(",\n  ");
            }
            tabJson.append(String.format(Locale.ROOT, "{\"table\": \"%s\", \"kind\": \"%s\", \"rows_start\": %d, "
                            + "\"rows_end\": %d, \"rows_max\": %d, \"mb_start\": %.1f, \"mb_end\": %.1f, "
                            + "\"rows_per_1000_events\": %.1f, \"bounded\": %s, \"note\": \"%s\"}",
                    name, kind, start, end, max, s.get(0)[2] / 1048576.0, s.get(s.size() - 1)[2] / 1048576.0, per1000,
                    bounded, note));
            tabMd.append(String.format(Locale.ROOT, "| %s | %s | %d → %d (max %d) | %.1f → %.1f | %.1f | %s |%n",
                    name, what.isEmpty() ? kind : what, start, end, max, s.get(0)[2] / 1048576.0,
                    s.get(s.size() - 1)[2] / 1048576.0, per1000, (bounded ? "yes" : "**no**") + ": " + note));
        }

        // ---- the held transaction
        String held = Files.exists(dir.resolve("held.json")) ? Files.readString(dir.resolve("held.json")).strip() : "null";
        double heldS = field(held, "held_s");
        double after = field(held, "events_committed_after");
        double catchUp = field(held, "caught_up_after_commit_s");
        double unitsOpen = field(held, "read_model_units_at_open");
        double unitsCommit = field(held, "read_model_units_at_commit");
        double storeUnits = field(held, "store_units_at_commit");
        boolean heldOk = heldS >= field(held, "required_s") && after > field(held, "required_events") && catchUp >= 0
                && held.contains("\"query.unit\"") && held.contains("\"chained_as_present\": true");
        if (!heldOk) {
            pass = false;
            findings.add("held transaction: not held long enough, or its event not delivered or not chained: " + held);
        }

        // ---- the drill
        Map<String, String> drill = new LinkedHashMap<>();
        for (String line : lines(dir.resolve("drill.env"))) {
            int eq = line.indexOf('=');
            drill.put(line.substring(0, eq), line.substring(eq + 1));
        }
        boolean drillOk = "true".equals(drill.get("done")) && "true".equals(drill.get("rebuilds_done"))
                && "0".equals(drill.get("tables_differing")) && "true".equals(drill.get("units_equal_store"))
                && "true".equals(drill.get("units_equal_original")) && "true".equals(drill.get("store_equal_original"))
                && "true".equals(drill.get("chain_intact")) && "0".equals(drill.get("skipped"));
        if (!drillOk) {
            pass = false;
            findings.add("backup and restore drill: " + drill);
        }
        StringBuilder drillJson = new StringBuilder("{");
        drill.forEach((k, v) -> drillJson.append(drillJson.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                .append(v.matches("-?[0-9]+(\\.[0-9]+)?|true|false") ? v : "\"" + v + "\""));
        drillJson.append(drillJson.length() > 1 ? ", " : "").append("\"ok\": ").append(drillOk).append('}');

        String json = String.format(Locale.ROOT, "{\"seconds\": %d, \"events\": %d, \"verdict\": \"%s\",%n"
                        + " \"memory\": [%s],%n \"tables\": [%s],%n \"empty_tables\": [%s],%n"
                        + " \"held_transaction\": %s,%n \"drill\": %s,%n"
                        + " \"findings\": [%s]}%n",
                seconds, events, pass ? "pass" : "fail", memJson, tabJson,
                String.join(", ", empty.stream().map(t -> "\"" + t + "\"").toList()), held, drillJson,
                String.join(", ", findings.stream().map(f -> "\"" + f.replace("\"", "'") + "\"").toList()));
        Files.writeString(dir.resolve("soak.json"), json);

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "## Soak (%d s of steady load, %d events stored meanwhile): %s%n%n",
                seconds, events, pass ? "bounded" : "**NOT bounded or not clean**"));
        md.append("Memory of each instance, sampled every 30 s; a full collection forced at the start, half-way and at\n"
                + "the end by a class histogram of the live objects (jcmd GC.class_histogram). Bounded: the heap after a\n"
                + "full GC at the end within 10 % (or 8 MB) of the one half-way (the first half includes the warm-up).\n\n");
        md.append("| instance | heap after full GC, MB (start → mid → end) | heap used max, MB | RSS, MB | bounded |\n");
        md.append("|---|---|---|---|---|\n").append(memMd).append('\n');
        if (!grewMd.isEmpty()) {
            md.append(grewMd).append('\n');
        }
        md.append("Tables that changed (rows counted exactly at each sample; size with indexes and TOAST):\n\n");
        md.append("| table | what | rows (start → end) | MB | rows per 1,000 events | bounded |\n");
        md.append("|---|---|---|---|---|---|\n").append(tabMd).append('\n');
        List<String> watchedEmpty = empty.stream().filter(WATCHED::contains).toList();
        md.append("Sampled like every table and empty throughout (this load creates none of their rows): ")
                .append(String.join(", ", watchedEmpty)).append(String.format(Locale.ROOT,
                        " and %d other tables (results.json, `empty_tables`).%n%n", empty.size() - watchedEmpty.size()));
        md.append(String.format(Locale.ROOT, "**Held transaction** (%s): a UnitRegistered inserted as the first write of a "
                        + "transaction held open %.1f s while %.0f events committed after it (required: more than %.0f s and "
                        + "%.0f events). Hold-back: while it was held the units read model went only from %.0f to %.0f rows "
                        + "(the units committed before its event), against %.0f units in the store at its commit; %.1f s "
                        + "after the commit it held the late unit and every unit committed before: the read models stood "
                        + "behind for %.1f s in all. Delivered to: %s.%n%n",
                heldOk ? "delivered late, nothing skipped" : "**FAILED**", heldS, after, field(held, "required_s"),
                field(held, "required_events"), unitsOpen, unitsCommit, storeUnits, catchUp, field(held, "hold_back_s"),
                held.replaceAll("(?s).*\"in_read_models\": \\[([^]]*)].*", "$1")));
        md.append(String.format(Locale.ROOT, "**Backup and restore drill** (%s): pg_basebackup of the loaded cluster %s s "
                        + "(%s MB); restore point at %s (store head %s); restore (copy and WAL recovery to the restore point, "
                        + "%s MB of WAL archived) %s s; a command side and a query side started on the restored cluster in %s s; "
                        + "%s processors rebuilt from the restored store in %s s. Read-model tables equal to the restored "
                        + "originals: %s of %s differ; units rebuilt %s (= restored store: %s; = original read model "
                        + "restricted to them: %s); restored events equal to the original's: %s; reconciliation skipped %s; "
                        + "chain intact: %s.%n",
                drillOk ? "equal" : "**FAILED**", drill.get("backup_s"), drill.get("backup_mb"), drill.get("restore_point_at"),
                drill.get("store_head_at_restore_point"), drill.get("archived_wal_mb"), drill.get("restore_s"),
                drill.get("start_s"), drill.get("processors"), drill.get("rebuild_s"), drill.get("tables_differing"),
                drill.get("tables_compared"), drill.get("units_rebuilt"), drill.get("units_equal_store"),
                drill.get("units_equal_original"), drill.get("store_equal_original"), drill.get("skipped"),
                drill.get("chain_intact")));
        if (!findings.isEmpty()) {
            md.append("\nFindings:\n\n");
            findings.forEach(f -> md.append("- ").append(f).append('\n'));
        }
        Files.writeString(dir.resolve("soak.md"), md.toString());
    }

    /** The five classes whose live bytes grew most between two histograms of an instance, as text. */
    private static String grewMost(Path dir, String instance, String from, String to) throws Exception {
        Map<String, long[]> before = histogram(dir.resolve("histogram-" + instance + "-" + from + ".txt"));
        Map<String, long[]> after = histogram(dir.resolve("histogram-" + instance + "-" + to + ".txt"));
        if (before.isEmpty() || after.isEmpty()) {
            return "";
        }
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[]{e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(5)
                .map(e -> String.format(Locale.ROOT, "%s %+.1f MB (%+d objects)", e.getKey(), e.getValue()[1] / 1048576.0,
                        e.getValue()[0]))
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    /** class name to {instances, bytes}, from the output of jcmd GC.class_histogram. */
    private static Map<String, long[]> histogram(Path file) throws Exception {
        Map<String, long[]> classes = new java.util.HashMap<>();
        for (String line : lines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                classes.put(f[3], new long[]{Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return classes;
    }

    private static long growth(List<long[]> samples) {
        return samples == null ? 0 : samples.get(samples.size() - 1)[1] - samples.get(0)[1];
    }

    private static double field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\": (-?[0-9.]+)").matcher(json);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    private static double num(String value) {
        return value == null || value.equals("-") || value.isBlank() ? 0 : Double.parseDouble(value);
    }

    private static long seconds(String duration) {
        long n = Long.parseLong(duration.replaceAll("[^0-9]", ""));
        return duration.endsWith("h") ? n * 3600 : duration.endsWith("m") ? n * 60 : n;
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.exists(file)
                ? Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList()
                : List.of();
    }
}
