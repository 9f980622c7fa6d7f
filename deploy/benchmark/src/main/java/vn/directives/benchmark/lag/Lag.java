package vn.directives.benchmark.lag;

import vn.directives.benchmark.Latencies;
import vn.directives.benchmark.load.LoadDriver;
import vn.directives.benchmark.replay.Replay;

import java.util.ArrayList;
import java.util.List;

/**
 * From a command's acknowledgement to its visibility on the query side: while clerks send at a
 * steady rate, the processors' lowest position is polled every {@value #POLL_MILLIS} ms; a
 * command is visible at the first poll whose position has passed the command's {@code position}.
 */
public final class Lag {

    private static final int POLL_MILLIS = 10;

    public record Result(int targetRate, double achievedRate, int commands, int unseen, double p50, double p99) {
    }

    private record Seen(long atNanos, long position) {
    }

    private final LoadDriver load;
    private final Replay processors;

    public Lag(LoadDriver load, Replay processors) {
        this.load = load;
        this.processors = processors;
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
        long start = System.nanoTime();
        List<LoadDriver.Acknowledged> acknowledged = load.steady(rate, seconds, 48);
        double elapsed = (System.nanoTime() - start) / 1e9;
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
                lags.percentileMillis(99));
    }
}
