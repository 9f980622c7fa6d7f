package vn.directives.benchmark.yearly;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeapPeakTest {

    @Test
    void thePeakCoversWhatWasAllocatedAfterTheReset() {
        HeapPeak heap = new HeapPeak();
        heap.reset();
        long before = heap.bytes();
        byte[] held = new byte[32 << 20];
        held[held.length - 1] = 1;

        // half: a collection between the reset and the allocation may lower what the pools start from
        assertThat(heap.bytes()).isGreaterThanOrEqualTo(before + held.length / 2);
    }
}
