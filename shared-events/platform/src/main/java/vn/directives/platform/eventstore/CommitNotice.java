package vn.directives.platform.eventstore;

/**
 * The notice an append to the event store sends when its transaction commits: PostgreSQL's
 * {@code NOTIFY} on {@link #CHANNEL}, issued in the append's transaction (with the append lock, one
 * round trip) and delivered by PostgreSQL only if and when that transaction commits. A reader in
 * another process {@code LISTEN}s to it and looks for new events at once instead of at its next
 * poll (docs/event-store.md, "From a commit to the read models"). Notices carry no payload: one
 * transaction's notices fold into one, and a reader only needs to know that something committed.
 */
public final class CommitNotice {

    /** The channel appends notify on. */
    public static final String CHANNEL = "directives_events";

    private CommitNotice() {
    }
}
