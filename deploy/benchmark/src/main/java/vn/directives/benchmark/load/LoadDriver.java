package vn.directives.benchmark.load;

import vn.directives.benchmark.Latencies;
import vn.directives.benchmark.http.Http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends the command mix to a running command side with a number of concurrent clients, each
 * waiting for its answer before the next command (closed loop), for a bounded time and count.
 */
public final class LoadDriver {

    /** What one concurrency level achieved. */
    public record Level(int clients, int commands, double seconds, int failures, double p50, double p95, double p99,
                        double appCpuMs, double postgresCpuMs) {

        public double perSecond() {
            return commands / seconds;
        }

        /** The same, with the CPU the command side and PostgreSQL spent per command. */
        public Level withCpu(double appCpuSeconds, double postgresCpuSeconds) {
            return new Level(clients, commands, seconds, failures, p50, p95, p99, appCpuSeconds * 1000 / commands,
                    postgresCpuSeconds * 1000 / commands);
        }
    }

    /** Clerks sending at a steady rate: each accepted command's acknowledgement time and position. */
    public record Acknowledged(long atNanos, long position) {
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final Http http;
    private final CommandMix mix;

    public LoadDriver(Http http) {
        this.http = http;
        this.mix = new CommandMix(http).prepared();
    }

    /** Runs {@code clients} clients for at most {@code seconds} and {@code maxCommands} commands. */
    public Level run(int clients, double seconds, int maxCommands) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Latencies all = new Latencies();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            threads.add(started(() -> {
                Latencies mine = new Latencies();
                CommandMix.Timed timed = (path, body, ifMatch) -> {
                    if (System.nanoTime() > deadline || sent.incrementAndGet() > maxCommands) {
                        throw new Stop();
                    }
                    return CommandMix.timing(http, mine, position -> { }).post(path, body, ifMatch);
                };
                CommandMix.Client client = mix.new Client(seed, timed);
                runUntilStopped(client, failures);
                all.addAll(mine);
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Level(clients, all.count(), elapsed, failures.get(), all.percentileMillis(50),
                all.percentileMillis(95), all.percentileMillis(99), Double.NaN, Double.NaN);
    }

    /**
     * Sends the mix at a steady {@code rate} commands/s for {@code seconds} with enough clients to
     * keep up, and answers when each command was acknowledged and at which position.
     */
    public List<Acknowledged> steady(int rate, double seconds, int clients) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long interval = 1_000_000_000L / rate;
        AtomicLong slot = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        List<Acknowledged> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = 1_000 + c;
            threads.add(started(() -> {
                CommandMix.Timed timed = (path, body, ifMatch) -> {
                    long due = start + slot.getAndIncrement() * interval;
                    if (due > deadline) {
                        throw new Stop();
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    return CommandMix.timing(http, new Latencies(),
                            position -> acknowledged.add(new Acknowledged(System.nanoTime(), position)))
                            .post(path, body, ifMatch);
                };
                runUntilStopped(mix.new Client(seed, timed), failures);
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return List.copyOf(acknowledged);
    }

    private static Thread started(Runnable client) {
        Thread thread = new Thread(client, "load-client");
        thread.start();
        return thread;
    }

    private static void runUntilStopped(CommandMix.Client client, AtomicInteger failures) {
        while (true) {
            try {
                client.flow();
            } catch (Stop stop) {
                return;
            } catch (IllegalStateException refused) {
                if (failures.incrementAndGet() <= 3) {
                    System.err.println("[load] " + refused.getMessage());
                }
            }
        }
    }
}
