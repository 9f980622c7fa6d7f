package vn.directives.query.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Time spent per kind of browser action (page loads, screenshots, ...), summed over a test class:
 * the wall time, and the CPU the browser's processes spent meanwhile (which, unlike the wall time,
 * hardly depends on how loaded the machine is).
 */
final class TimeLedger {

    /** When an action started: the clock and the browser's CPU seconds so far. */
    record Mark(long nanos, double cpu) {
    }

    private final Map<String, double[]> kinds = new LinkedHashMap<>();
    private final DoubleSupplier cpu;

    /** @param cpu the browser's CPU seconds so far (every process of it) */
    TimeLedger(DoubleSupplier cpu) {
        this.cpu = cpu;
    }

    Mark mark() {
        return new Mark(System.nanoTime(), cpu.getAsDouble());
    }

    /** Adds the time and the browser's CPU since {@code start} to that kind of action. */
    synchronized void add(String kind, Mark start) {
        double[] countSecondsCpu = kinds.computeIfAbsent(kind, k -> new double[3]);
        countSecondsCpu[0]++;
        countSecondsCpu[1] += (System.nanoTime() - start.nanos()) / 1e9;
        countSecondsCpu[2] += cpu.getAsDouble() - start.cpu();
    }

    @Override
    public synchronized String toString() {
        StringBuilder text = new StringBuilder();
        kinds.forEach((kind, countSecondsCpu) -> text.append(text.isEmpty() ? "" : ", ")
                .append((long) countSecondsCpu[0]).append(' ').append(kind)
                .append(String.format(" %.1f s (Chromium CPU %.1f s)", countSecondsCpu[1], countSecondsCpu[2])));
        return text.toString();
    }
}
