package vn.directives.platform.eventstore;

/**
 * The transaction-scoped advisory lock every append to the event store takes before its events
 * take their global indexes, held until the transaction ends (see {@link GapFreeStatements}). A
 * writer outside Axon that wants the same guarantee runs {@link #SQL} first in its transaction.
 */
public final class AppendLock {

    /** The lock key: the bytes of "events". */
    public static final long KEY = 0x6576656e7473L;

    public static final String SQL = "SELECT pg_advisory_xact_lock(" + KEY + ")";

    private AppendLock() {
    }
}
