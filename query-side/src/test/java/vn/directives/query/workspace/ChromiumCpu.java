package vn.directives.query.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU seconds (user and system) spent so far by one Chromium's processes: those whose command
 * line names its profile directory, found in /proc (Linux). A process that has ended keeps the
 * time it had when last seen. Where /proc is not readable it counts nothing.
 */
final class ChromiumCpu {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private static final long RESCAN_NANOS = 5_000_000_000L;

    private final String profileArgument;
    private final Map<Long, Long> ticksByPid = new HashMap<>();
    private final java.util.Set<Long> others = new java.util.HashSet<>();
    private long lastScan;

    ChromiumCpu(Path profile) {
        this.profileArgument = "--user-data-dir=" + profile;
    }

    synchronized double seconds() {
        if (ticksByPid.isEmpty() || System.nanoTime() - lastScan > RESCAN_NANOS) {
            scan();
        }
        ticksByPid.replaceAll((pid, ticks) -> Math.max(ticks, ticks(pid)));
        return ticksByPid.values().stream().mapToLong(Long::longValue).sum() / TICKS_PER_SECOND;
    }

    /** Looks for the browser's processes (new renderers appear as pages are opened). */
    private void scan() {
        lastScan = System.nanoTime();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::valueOf).filter(pid -> !ticksByPid.containsKey(pid) && !others.contains(pid))
                    .forEach(pid -> {
                        if (ours(pid)) {
                            ticksByPid.put(pid, 0L);
                        } else {
                            others.add(pid);
                        }
                    });
        } catch (IOException | RuntimeException e) {
            // no /proc: nothing counted
        }
    }

    private boolean ours(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")))
                    .contains(profileArgument);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** utime + stime of the process, in clock ticks; 0 once it has gone. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            return Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
