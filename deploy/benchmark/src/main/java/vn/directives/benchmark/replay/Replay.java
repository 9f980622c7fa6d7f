package vn.directives.benchmark.replay;

import tools.jackson.databind.JsonNode;
import vn.directives.benchmark.http.Http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /** The lowest position over every processor (what a read of everything can rely on), and the store's head. */
    public long[] lowestPositionAndHead() {
        long lowest = Long.MAX_VALUE;
        long head = 0;
        for (JsonNode processor : query.get("/api/admin/processors").body()) {
            if (processor.path("errorHere").asBoolean()) {
                throw new IllegalStateException("processor " + processor.path("name").asString() + " is in error: "
                        + processor);
            }
            lowest = Math.min(lowest, processor.path("position").asLong());
            head = Math.max(head, processor.path("head").asLong());
        }
        return new long[]{lowest, head};
    }

    /** Waits until every processor has passed the head; answers the head. */
    public long awaitCaughtUp(Duration atMost) throws InterruptedException {
        Instant until = Instant.now().plus(atMost);
        while (Instant.now().isBefore(until)) {
            long[] status = lowestPositionAndHead();
            if (status[0] >= status[1]) {
                return status[1];
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("query side did not catch up within " + atMost);
    }

    /** Rebuilds one projection through the admin API and waits for it to finish. */
    public Rebuilt rebuild(String processor, Duration atMost) throws InterruptedException {
        Http.Answer started = query.post("/api/admin/processors/" + processor + "/rebuild", java.util.Map.of(), null);
        if (started.status() != 202) {
            throw new IllegalStateException("rebuild of " + processor + " answered " + started.status() + ": "
                    + started.body());
        }
        Instant until = Instant.now().plus(atMost);
        while (Instant.now().isBefore(until)) {
            Thread.sleep(200);
            JsonNode progress = query.get("/api/admin/processors/" + processor + "/rebuild").body();
            String state = progress.path("state").asString();
            if ("DONE".equals(state) || "FAILED".equals(state)) {
                Instant reset = Instant.parse(progress.path("resetAt").asString());
                Instant finished = progress.path("finishedAt").isNull() ? Instant.now()
                        : Instant.parse(progress.path("finishedAt").asString());
                return new Rebuilt(processor, progress.path("headAtReset").asLong(),
                        Duration.between(reset, finished).toMillis() / 1000.0, state);
            }
        }
        throw new IllegalStateException("rebuild of " + processor + " did not finish within " + atMost);
    }
}
