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

        assertThat(heap.bytes()).isGreaterThanOrEqualTo(before + held.length);
    }
}
