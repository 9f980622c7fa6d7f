package vn.directives.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by one process (a side's JVM) or by a PostgreSQL cluster (the postmaster, its
 * backends and the backends that have exited), read from /proc. On a machine shared with others,
 * CPU per command says what our code costs where wall-clock rates only say how busy the machine was.
 */
public final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;

    private final long pid;
    private final boolean withChildren;

    private CpuMeter(long pid, boolean withChildren) {
        this.pid = pid;
        this.withChildren = withChildren;
    }

    /** A JVM (or any single process); null when the pid is not given. */
    public static CpuMeter process(String pid) {
        return pid == null || pid.isBlank() ? null : new CpuMeter(Long.parseLong(pid.trim()), false);
    }

    /** A PostgreSQL cluster by its postmaster's pid; null when not given. */
    public static CpuMeter cluster(String postmasterPid) {
        return postmasterPid == null || postmasterPid.isBlank() ? null
                : new CpuMeter(Long.parseLong(postmasterPid.trim()), true);
    }

    /** CPU seconds used so far. */
    public double seconds() {
        String[] own = stat(pid);
        if (own == null) {
            return 0;
        }
        long ticks = ticks(own, 13) + ticks(own, 14);
        if (withChildren) {
            ticks += ticks(own, 15) + ticks(own, 16);
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                ticks += processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .map(p -> stat(Long.parseLong(p.getFileName().toString())))
                        .filter(s -> s != null && Long.parseLong(s[3]) == pid)
                        .mapToLong(s -> ticks(s, 13) + ticks(s, 14)).sum();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read /proc", e);
            }
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** The fields of /proc/pid/stat after the command name (index 0 is the pid). */
    private static String[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String afterName = line.substring(line.lastIndexOf(')') + 2);
            String[] rest = afterName.split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = Long.toString(pid);
            fields[1] = "";
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long ticks(String[] fields, int index) {
        return Long.parseLong(fields[index]);
    }
}
