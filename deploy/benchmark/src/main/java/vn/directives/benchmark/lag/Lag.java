package vn.directives.benchmark.lag;

import vn.directives.benchmark.Latencies;
import vn.directives.benchmark.http.Http;
import vn.directives.benchmark.load.LoadDriver;
import vn.directives.benchmark.replay.Replay;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * From a command's acknowledgement to its visibility on the query side: while clerks send at a
 * steady rate, the processors' lowest position is polled every {@value #POLL_MILLIS} ms; a
 * command is visible at the first poll whose position has passed the command's {@code position}.
 * The same polls break the lag down: until the query side's shared reader has read the event (its
 * metric {@code directives.events.read.position}; the event settled and the reader woken), until
 * the first processor has passed it, and until every one has.
 */
public final class Lag {

    private static final int POLL_MILLIS = 10;
    private static final int RYW_INTERVAL_MILLIS = 100;

    /**
     * {@code rywReads} reads with {@code ?position=} (the store's head when sent) made while the
     * commands ran, {@code ryw503} of them answered 503 (not visible within the query side's wait).
     */
    public record Result(int targetRate, double achievedRate, int commands, int unseen, double p50, double p99,
                         int rywReads, int ryw503, double p95, Stage read, Stage firstProcessor) {
    }

    /** Percentiles of the time from acknowledgement to one stage ({@code null} where not measured). */
    public record Stage(double p50, double p95, double p99) {

        static Stage of(Latencies latencies) {
            return latencies.count() == 0 ? null : new Stage(latencies.percentileMillis(50),
                    latencies.percentileMillis(95), latencies.percentileMillis(99));
        }
    }

    /** One poll: when, the processors' lowest and highest position, the shared reader's (-1: unknown). */
    private record Seen(long atNanos, long position, long highest, long read) {
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
                    long at = System.nanoTime();
                    long read = processors.readerPosition();
                    long[] positions = processors.lowestHighestAndHead();
                    seen.add(new Seen(at, positions[0], positions[1], read));
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
        Latencies read = new Latencies();
        Latencies first = new Latencies();
        int unseen = 0;
        for (LoadDriver.Acknowledged command : acknowledged) {
            Seen visible = firstPoll(polls, command, p -> p.position() >= command.position());
            if (visible == null) {
                unseen++;
            } else {
                lags.add((visible.atNanos() - command.atNanos()) / 1_000);
            }
            Seen readByReader = firstPoll(polls, command, p -> p.read() >= command.position());
            if (readByReader != null) {
                read.add((readByReader.atNanos() - command.atNanos()) / 1_000);
            }
            Seen firstProcessor = firstPoll(polls, command, p -> p.highest() >= command.position());
            if (firstProcessor != null) {
                first.add((firstProcessor.atNanos() - command.atNanos()) / 1_000);
            }
        }
        return new Result(rate, acknowledged.size() / elapsed, acknowledged.size(), unseen, lags.percentileMillis(50),
                lags.percentileMillis(99), reads.get(), refused.get(), lags.percentileMillis(95), Stage.of(read),
                Stage.of(first));
    }

    private static Seen firstPoll(List<Seen> polls, LoadDriver.Acknowledged command, java.util.function.Predicate<Seen> past) {
        for (Seen poll : polls) {
            if (poll.atNanos() >= command.atNanos() && past.test(poll)) {
                return poll;
            }
        }
        return null;
    }

    /**
     * Reads the task board, one read every {@value #RYW_INTERVAL_MILLIS} ms at most (the next starts
     * when the last has answered, if later), each with {@code ?position=} the store's head at that
     * moment (what a client that has just written would ask), and counts the 503 answers. Paced, so
     * that the load the probe adds does not grow as the lag shrinks (unpaced, a query side answering
     * at once took ten times the reads of one answering after half a second, and the CPU with them).
     */
    private void readYourWrites(AtomicInteger reads, AtomicInteger refused) {
        long next = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                next = System.nanoTime() + RYW_INTERVAL_MILLIS * 1_000_000L;
                long head = processors.lowestPositionAndHead()[1];
                int status = reader.get("/api/tasks?size=1&position=" + head).status();
                reads.incrementAndGet();
                if (status == 503) {
                    refused.incrementAndGet();
                }
            } catch (InterruptedException e) {
                return;
            } catch (IllegalStateException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                throw e;
            }
        }
    }
}
