package vn.directives.query.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The rows of a query read on a thread of its own, a batch ahead of the thread that folds them.
 * With one thread, PostgreSQL sat idle while the report folded a fetched batch and the report
 * waited while PostgreSQL produced the next: their times added up. With the reading apart, the
 * database, the driver and the fold work at once (two cores: about the longer of the two instead
 * of the sum). At most {@value #AHEAD} batches wait, so memory stays bounded.
 *
 * @param <R> a row as the reader makes it
 */
final class PrefetchedRows<R> implements AutoCloseable {

    /** Reads every row into {@code sink}; returns when done, or when {@code sink} says to stop. */
    interface Query<R> {
        void run(Sink<R> sink) throws Exception;
    }

    /** Takes the rows the query reads; false once the consumer has gone. */
    interface Sink<R> {
        boolean accept(R row) throws InterruptedException;
    }

    static final int BATCH = 1_000;
    private static final int AHEAD = 4;

    private final BlockingQueue<List<R>> batches = new ArrayBlockingQueue<>(AHEAD);
    private final List<R> end = new ArrayList<>(0);
    private final Thread reader;
    private volatile boolean closed;
    private volatile Throwable failure;

    private PrefetchedRows(Query<R> query, String name) {
        reader = new Thread(() -> read(query), name);
        reader.setDaemon(true);
    }

    /** Starts reading at once. */
    static <R> PrefetchedRows<R> start(Query<R> query, String name) {
        PrefetchedRows<R> rows = new PrefetchedRows<>(query, name);
        rows.reader.start();
        return rows;
    }

    private void read(Query<R> query) {
        List<R>[] batch = new List[]{new ArrayList<>(BATCH)};
        try {
            query.run(row -> {
                batch[0].add(row);
                if (batch[0].size() == BATCH) {
                    if (!hand(batch[0])) {
                        return false;
                    }
                    batch[0] = new ArrayList<>(BATCH);
                }
                return true;
            });
        } catch (Throwable e) {
            failure = e;
        } finally {
            try {
                // the rows read before the end (or before a failure, which comes after them)
                if (!batch[0].isEmpty()) {
                    hand(batch[0]);
                }
                hand(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Queues a batch, waiting while the consumer is behind; false once it has gone. */
    private boolean hand(List<R> batch) throws InterruptedException {
        while (!closed) {
            if (batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    /** The next batch of rows, in the query's order; empty once every row was read. */
    List<R> next() {
        List<R> batch;
        try {
            batch = batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event store", e);
        }
        if (batch == end) {
            // put back for any later call; the reader has finished
            batches.offer(end);
            Throwable failed = failure;
            if (failed instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed instanceof Error error) {
                throw error;
            }
            if (failed != null) {
                throw new IllegalStateException("Cannot read the event store", failed);
            }
        }
        return batch;
    }

    /** Stops the reader (if it is still reading) and waits until it has let go of its connection. */
    @Override
    public void close() {
        closed = true;
        batches.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
