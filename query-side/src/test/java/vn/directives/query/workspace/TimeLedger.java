package vn.directives.query.workspace;

import java.util.LinkedHashMap;
import java.util.Map;

/** Time spent per kind of browser action (page loads, screenshots, ...), summed over a test class. */
final class TimeLedger {

    private final Map<String, long[]> kinds = new LinkedHashMap<>();

    /** Adds the time since {@code startNanos} to that kind of action. */
    synchronized void add(String kind, long startNanos) {
        long[] countAndNanos = kinds.computeIfAbsent(kind, k -> new long[2]);
        countAndNanos[0]++;
        countAndNanos[1] += System.nanoTime() - startNanos;
    }

    @Override
    public synchronized String toString() {
        StringBuilder text = new StringBuilder();
        kinds.forEach((kind, countAndNanos) -> text.append(text.isEmpty() ? "" : ", ").append(countAndNanos[0])
                .append(' ').append(kind).append(' ').append(String.format("%.1f s", countAndNanos[1] / 1e9)));
        return text.toString();
    }
}
