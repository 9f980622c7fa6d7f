package vn.directives.benchmark;

import java.util.Arrays;

/** Latencies in microseconds, recorded by one thread each and merged; percentiles by sorting. */
public final class Latencies {

    private long[] values = new long[1024];
    private int count;

    public void add(long micros) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = micros;
    }

    public synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.values[i]);
        }
    }

    public int count() {
        return count;
    }

    /** The p-th percentile (0-100) in milliseconds. */
    public double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(p / 100 * count) - 1));
        return sorted[index] / 1000.0;
    }
}
