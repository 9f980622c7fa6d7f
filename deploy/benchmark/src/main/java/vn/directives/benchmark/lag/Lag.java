package vn.directives.benchmark.lag;

import vn.directives.benchmark.Latencies;
import vn.directives.benchmark.http.Http;
import vn.directives.benchmark.load.LoadDriver;
import vn.directives.benchmark.replay.Replay;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * From a command's acknowledgement to its visibility on the query side: while clerks send at a
 * steady rate, the processors' lowest position is polled every {@value #POLL_MILLIS} ms; a
 * command is visible at the first poll whose position has passed the command's {@code position}.
 */
public final class Lag {

    private static final int POLL_MILLIS = 10;

    /**
     * {@code rywReads} reads with {@code ?position=} (the store's head when sent) made while the
     * commands ran, {@code ryw503} of them answered 503 (not visible within the query side's wait).
     */
    public record Result(int targetRate, double achievedRate, int commands, int unseen, double p50, double p99,
                         int rywReads, int ryw503) {
    }

    private record Seen(long atNanos, long position) {
    }

    private final LoadDriver load;
    private final Replay processors;
    private final Http reader;

    /** {@code reader}: a user of the query side who may read the task board, for the read-your-writes probe. */
    public Lag(LoadDriver load, Replay processors, Http reader) {
        this.load = load;
        this.processors = processors;
        this.reader = reader;
    }

    public Result measure(int rate, double seconds) throws InterruptedException {
        List<Seen> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread poller = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    seen.add(new Seen(System.nanoTime(), processors.lowestPositionAndHead()[0]));
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                } catch (IllegalStateException e) {
                    // a poll cut short by the end of the measurement
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    throw e;
                }
            }
        }, "lag-poller");
        poller.start();
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Thread probe = new Thread(() -> readYourWrites(reads, refused), "read-your-writes-probe");
        probe.start();
        long start = System.nanoTime();
        List<LoadDriver.Acknowledged> acknowledged = load.steady(rate, seconds, 48);
        double elapsed = (System.nanoTime() - start) / 1e9;
        probe.interrupt();
        probe.join();
        Thread.sleep(5_000);
        poller.interrupt();
        poller.join();
        List<Seen> polls = List.copyOf(seen);
        Latencies lags = new Latencies();
        int unseen = 0;
        for (LoadDriver.Acknowledged command : acknowledged) {
            Seen visible = polls.stream().filter(p -> p.atNanos() >= command.atNanos()
                    && p.position() >= command.position()).findFirst().orElse(null);
            if (visible == null) {
                unseen++;
            } else {
                lags.add((visible.atNanos() - command.atNanos()) / 1_000);
            }
        }
        return new Result(rate, acknowledged.size() / elapsed, acknowledged.size(), unseen, lags.percentileMillis(50),
                lags.percentileMillis(99), reads.get(), refused.get());
    }

    /**
     * Reads the task board, one read after another, each with {@code ?position=} the store's head
     * at that moment (what a client that has just written would ask), and counts the 503 answers.
     */
    private void readYourWrites(AtomicInteger reads, AtomicInteger refused) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long head = processors.lowestPositionAndHead()[1];
                int status = reader.get("/api/tasks?size=1&position=" + head).status();
                reads.incrementAndGet();
                if (status == 503) {
                    refused.incrementAndGet();
                }
            } catch (IllegalStateException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                throw e;
            }
        }
    }
}
