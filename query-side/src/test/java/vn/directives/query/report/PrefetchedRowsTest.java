package vn.directives.query.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows read ahead on their own thread arrive all and in order; a failure or an early stop is never lost. */
class PrefetchedRowsTest {

    @Test
    void every_row_arrives_in_the_order_read() {
        List<Integer> folded = new ArrayList<>();
        try (PrefetchedRows<Integer> rows = PrefetchedRows.start(sink -> {
            for (int i = 0; i < 2 * PrefetchedRows.BATCH + 7; i++) {
                sink.accept(i);
            }
        }, "test-reader")) {
            for (List<Integer> batch = rows.next(); !batch.isEmpty(); batch = rows.next()) {
                folded.addAll(batch);
            }
            assertThat(rows.next()).isEmpty();
        }

        assertThat(folded).hasSize(2 * PrefetchedRows.BATCH + 7);
        for (int i = 0; i < folded.size(); i++) {
            assertThat(folded.get(i)).isEqualTo(i);
        }
    }

    @Test
    void the_readers_failure_reaches_the_fold_after_the_rows_read_before_it() {
        List<Integer> folded = new ArrayList<>();
        try (PrefetchedRows<Integer> rows = PrefetchedRows.start(sink -> {
            sink.accept(1);
            throw new IllegalStateException("the store went away");
        }, "test-reader")) {
            assertThatThrownBy(() -> {
                for (List<Integer> batch = rows.next(); !batch.isEmpty(); batch = rows.next()) {
                    folded.addAll(batch);
                }
            }).isInstanceOf(IllegalStateException.class).hasMessage("the store went away");
        }

        assertThat(folded).containsExactly(1);
    }

    @Test
    void a_fold_that_stops_early_stops_the_reader_before_it_lets_go() {
        AtomicInteger offered = new AtomicInteger();
        AtomicBoolean told = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        try (PrefetchedRows<Integer> rows = PrefetchedRows.start(sink -> {
            try {
                for (int i = 0; i < 1_000_000; i++) {
                    offered.incrementAndGet();
                    if (!sink.accept(i)) {
                        told.set(true);
                        return;
                    }
                }
            } finally {
                finished.set(true);
            }
        }, "test-reader")) {
            assertThat(rows.next()).hasSize(PrefetchedRows.BATCH);
        }

        // close() returned: the reader has finished, told to stop long before the end
        assertThat(finished).isTrue();
        assertThat(told).isTrue();
        assertThat(offered.get()).isLessThan(100 * PrefetchedRows.BATCH);
    }
}
