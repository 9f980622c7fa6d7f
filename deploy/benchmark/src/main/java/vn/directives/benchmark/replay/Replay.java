package vn.directives.benchmark.replay;

import tools.jackson.databind.JsonNode;
import vn.directives.benchmark.http.Http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The query side's processors seen from outside: catch-up, rebuilds, positions. */
public final class Replay {

    /** One projection rebuilt from the whole history. */
    public record Rebuilt(String processor, long events, double seconds, String state) {
        public double perSecond() {
            return events / seconds;
        }
    }

    private final Http query;

    public Replay(Http query) {
        this.query = query;
    }

    public List<String> processors() {
        List<String> names = new ArrayList<>();
        for (JsonNode processor : query.get("/api/admin/processors").body()) {
            names.add(processor.path("name").asString());
        }
        return names;
    }

    /**
     * Per processor, how many read models' processing groups it runs (1 unless the query side's
     * processor layout combines several): an event a processor moves past counts once per group, so
     * that CPU per event and projection compares across layouts.
     */
    public Map<String, Integer> processingGroups() {
        Map<String, Integer> groups = new TreeMap<>();
        for (JsonNode processor : query.get("/api/admin/processors").body()) {
            groups.put(processor.path("name").asString(), Math.max(1, processor.path("processingGroups").size()));
        }
        return groups;
    }

    /**
     * The processor that runs a read model's processing group: the group's own name unless the
     * query side's processor layout put it in a processor of several.
     */
    public String processorOf(String group) {
        for (JsonNode processor : query.get("/api/admin/processors").body()) {
            for (JsonNode member : processor.path("processingGroups")) {
                if (member.asString().equals(group)) {
                    return processor.path("name").asString();
                }
            }
        }
        return group;
    }

    /** The lowest position over every processor (what a read of everything can rely on), and the store's head. */
    public long[] lowestPositionAndHead() {
        long[] positions = lowestHighestAndHead();
        return new long[]{positions[0], positions[2]};
    }

    /**
     * The lowest and the highest position over every processor, and the store's head: one read of
     * the processors' status.
     */
    public long[] lowestHighestAndHead() {
        long lowest = Long.MAX_VALUE;
        long highest = 0;
        long head = 0;
        for (JsonNode processor : query.get("/api/admin/processors").body()) {
            if (processor.path("errorHere").asBoolean()) {
                throw new IllegalStateException("processor " + processor.path("name").asString() + " is in error: "
                        + processor);
            }
            lowest = Math.min(lowest, processor.path("position").asLong());
            highest = Math.max(highest, processor.path("position").asLong());
            head = Math.max(head, processor.path("head").asLong());
        }
        return new long[]{lowest, highest, head};
    }

    /**
     * The highest global index the query side's shared reader has read (its metric
     * {@code directives.events.read.position}), or -1 where the query side has no such metric.
     */
    public long readerPosition() {
        Http.Answer answer = query.get("/actuator/metrics/directives.events.read.position");
        if (answer.status() != 200) {
            return -1;
        }
        return (long) answer.body().path("measurements").path(0).path("value").asDouble(-1);
    }

    /**
     * Follows every processor until it has passed the head (or {@code atMost} has gone by) and
     * answers, per processor, how many events it went through and how long that took from the
     * first look: the replay rate of each projection while all replay together.
     */
    public List<Rebuilt> catchUp(Duration atMost) throws InterruptedException {
        Map<String, Long> first = positions();
        long head = lowestPositionAndHead()[1];
        long start = System.nanoTime();
        long until = start + atMost.toNanos();
        Map<String, Rebuilt> done = new TreeMap<>();
        Map<String, Long> last = first;
        while (done.size() < first.size() && System.nanoTime() < until) {
            Thread.sleep(500);
            last = positions();
            double seconds = (System.nanoTime() - start) / 1e9;
            for (Map.Entry<String, Long> processor : last.entrySet()) {
                if (processor.getValue() >= head && !done.containsKey(processor.getKey())) {
                    done.put(processor.getKey(), new Rebuilt(processor.getKey(),
                            head - first.get(processor.getKey()), seconds, "DONE"));
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Map.Entry<String, Long> processor : last.entrySet()) {
            done.putIfAbsent(processor.getKey(), new Rebuilt(processor.getKey(),
                    processor.getValue() - first.get(processor.getKey()), seconds, "UNFINISHED"));
        }
        return List.copyOf(done.values());
    }

    private Map<String, Long> positions() {
        Map<String, Long> positions = new TreeMap<>();
        for (JsonNode processor : query.get("/api/admin/processors").body()) {
            positions.put(processor.path("name").asString(), processor.path("position").asLong());
        }
        return positions;
    }

    /** Rebuilds one projection through the admin API and waits for it to finish. */
    public Rebuilt rebuild(String processor, Duration atMost) throws InterruptedException {
        Http.Answer started = query.post("/api/admin/processors/" + processor + "/rebuild", java.util.Map.of(), null);
        if (started.status() != 202) {
            throw new IllegalStateException("rebuild of " + processor + " answered " + started.status() + ": "
                    + started.body());
        }
        Instant until = Instant.now().plus(atMost);
        while (true) {
            Thread.sleep(200);
            JsonNode progress = query.get("/api/admin/processors/" + processor + "/rebuild").body();
            String state = progress.path("state").asString();
            boolean over = Instant.now().isAfter(until);
            if ("DONE".equals(state) || "FAILED".equals(state) || (over && !progress.path("resetAt").isNull())) {
                Instant reset = Instant.parse(progress.path("resetAt").asString());
                Instant finished = progress.path("finishedAt").isNull() ? Instant.now()
                        : Instant.parse(progress.path("finishedAt").asString());
                long events = "DONE".equals(state) ? progress.path("headAtReset").asLong()
                        : progress.path("position").asLong();
                return new Rebuilt(processor, events, Duration.between(reset, finished).toMillis() / 1000.0,
                        "DONE".equals(state) || "FAILED".equals(state) ? state : "UNFINISHED");
            }
            if (over) {
                throw new IllegalStateException("rebuild of " + processor + " was not even started within " + atMost);
            }
        }
    }
}
