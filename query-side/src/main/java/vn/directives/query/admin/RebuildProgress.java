package vn.directives.query.admin;

import java.time.Instant;

/**
 * Where the latest rebuild of a processor stands: the processor's position against the head of
 * the event store as of the reset ({@code headAtReset}), and the percentage done.
 */
record RebuildProgress(String processor, String rebuildId, Rebuild.State state, Instant requestedAt,
                       String requestedBy, Instant resetAt, String resetBy, Long headAtReset, long position,
                       int percent, Instant finishedAt, String failure) {

    static RebuildProgress of(Rebuild rebuild, long position) {
        return new RebuildProgress(rebuild.processor(), rebuild.id().toString(), rebuild.state(),
                rebuild.requestedAt(), rebuild.requestedBy(), rebuild.resetAt(), rebuild.resetBy(),
                rebuild.headAtReset(), position, percent(rebuild, position), rebuild.finishedAt(), rebuild.failure());
    }

    private static int percent(Rebuild rebuild, long position) {
        return switch (rebuild.state()) {
            case STOPPING, FAILED -> 0;
            case DONE -> 100;
            case REPLAYING -> rebuild.headAtReset() <= 0 ? 100
                    : (int) Math.min(100, position * 100 / rebuild.headAtReset());
        };
    }
}
