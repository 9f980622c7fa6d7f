import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fault suite's history checker for one experiment. Reads the load's log (FaultLoad), the
 * event store's units of the run (aggregate id, name) and the read model's unit ids, and prints one
 * JSON object: every acknowledged command must be in the store and in the read model (else lost),
 * no name may be stored twice (else duplicated: a retried key took effect twice), and every command
 * whose outcome the client never learned is counted as present or absent (a command whose
 * connection was refused never reached the service: counted apart, as unsent, and absent). Each command of this
 * load stores exactly one event, so an unknown one cannot be half present. Also reports the longest
 * time without an acknowledgement, the fault's moment counted as one (what a client saw of the fault).
 *
 *   java FaultCheck.java <name> <seconds> <load log> <store dump> <read-model dump> <recovery s> <skipped>
 *        <chain intact> <fault epoch ms> <fault description> [<file to append the FAULTS.md row to>]
 */
public class FaultCheck {

    public static void main(String[] args) throws Exception {
        String experiment = args[0];
        double seconds = Double.parseDouble(args[1]);
        Map<String, String> acknowledged = new HashMap<>();
        Map<String, Boolean> unknown = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        Set<String> keyed = new HashSet<>();
        Set<String> unsent = new HashSet<>();
        List<Long> acknowledgedAt = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            String[] f = line.split("\t");
            // a command is known by its name: unique in the run, also across several loads' logs
            String command = f[2];
            nameOf.put(command, f[2]);
            if (!f[1].equals("-")) {
                keyed.add(command);
            }
            switch (f[5]) {
                case "acknowledged" -> {
                    acknowledged.put(command, f[4]);
                    acknowledgedAt.add(Long.parseLong(f[6]));
                }
                case "unknown", "failed" -> unknown.putIfAbsent(command, true);
                case "unsent" -> unsent.add(command);
                default -> { }
            }
        }
        acknowledged.keySet().forEach(unknown::remove);
        unsent.removeAll(acknowledged.keySet());
        unsent.removeAll(unknown.keySet());
        Map<String, Integer> storedByName = new HashMap<>();
        Set<String> storedIds = new HashSet<>();
        for (String line : lines(args[3])) {
            String[] f = line.split("\t");
            storedIds.add(f[0]);
            storedByName.merge(f[1], 1, Integer::sum);
        }
        Set<String> readModel = new HashSet<>(lines(args[4]));
        long lost = acknowledged.values().stream()
                .filter(id -> !storedIds.contains(id) || !readModel.contains(id)).count();
        long duplicated = storedByName.values().stream().filter(count -> count > 1).count();
        long duplicatedKeyed = keyed.stream().filter(c -> storedByName.getOrDefault(nameOf.get(c), 0) > 1).count();
        long unknownPresent = unknown.keySet().stream().filter(c -> storedByName.containsKey(nameOf.get(c))).count();
        // never sent, yet stored: the service made up a command (counted as lost: the history is wrong)
        long unsentPresent = unsent.stream().filter(c -> storedByName.containsKey(nameOf.get(c))).count();
        // from the fault on, too: a client waiting from the fault to the first answer after it saw that gap
        acknowledgedAt.add(Long.parseLong(args[8]));
        acknowledgedAt.sort(null);
        long longestGap = 0;
        for (int i = 1; i < acknowledgedAt.size(); i++) {
            longestGap = Math.max(longestGap, acknowledgedAt.get(i) - acknowledgedAt.get(i - 1));
        }
        if (args.length > 10) {
            // the experiment's row of FAULTS.md, appended here: a shell would parse the JSON field by field
            Files.writeString(Path.of(args[10]), String.format(java.util.Locale.ROOT,
                    "| %s | %s | %.1f × %.0f | %d | %d | %d | %d (%d) | %s | %s | %.1f | %s |%n", experiment, args[9],
                    acknowledged.size() / seconds, seconds, acknowledged.size(), lost + unsentPresent, duplicated,
                    unknown.size(), unknownPresent, args[6], args[7], longestGap / 1000.0, args[5]),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        System.out.printf(java.util.Locale.ROOT, "{\"name\": \"%s\", \"fault\": \"%s\", \"commands_per_s\": %.1f, "
                        + "\"seconds\": %.0f, \"acknowledged\": %d, \"lost\": %d, \"duplicated\": %d, "
                        + "\"duplicated_keyed\": %d, \"unknown\": %d, \"unknown_present\": %d, "
                        + "\"unknown_half_present\": 0, \"unsent\": %d, \"skipped\": %s, \"chain_intact\": %s, "
                        + "\"longest_gap_s\": %.1f, \"recovery_s\": %s, \"fault_at_ms\": %s}%n",
                experiment, args[9].replace("\"", "'"), acknowledged.size() / seconds, seconds,
                acknowledged.size(), lost + unsentPresent, duplicated, duplicatedKeyed, unknown.size(), unknownPresent,
                unsent.size(), args[6],
                args[7], longestGap / 1000.0, args[5], args[8]);
    }

    private static List<String> lines(String file) throws Exception {
        return Files.readAllLines(Path.of(file)).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
