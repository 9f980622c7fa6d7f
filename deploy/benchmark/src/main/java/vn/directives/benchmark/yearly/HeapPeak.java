package vn.directives.benchmark.yearly;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The most heap a piece of work needed: the peaks of the heap's memory pools (eden, survivor,
 * old generation), reset before the work and summed after it. A sum of per-pool peaks may count
 * more than was ever in use at one moment (the pools peak at different times), so it is an upper
 * bound, which is what a heap limit has to cover.
 */
final class HeapPeak {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();

    /** Collects what earlier work left behind, then starts the peaks from what is still in use. */
    void reset() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last {@link #reset()}, in bytes. */
    long bytes() {
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
