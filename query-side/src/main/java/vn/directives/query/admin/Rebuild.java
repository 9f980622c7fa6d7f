package vn.directives.query.admin;

import java.time.Instant;
import java.util.UUID;

/** The latest rebuild of one processor, as {@code query.processor_rebuild} keeps it. */
record Rebuild(String processor, UUID id, State state, Instant requestedAt, String requestedBy, Instant resetAt,
               String resetBy, Long headAtReset, Instant finishedAt, String failure) {

    enum State {
        /** Every instance stops its share of the processor; one of them then resets the tokens. */
        STOPPING,
        /** Tokens reset, the read model cleared; the processor re-reads the history. */
        REPLAYING,
        /** Every segment has passed the head of the event store as of the reset. */
        DONE,
        /** The processor could not be stopped everywhere in time; it runs again as it was. */
        FAILED
    }
}
