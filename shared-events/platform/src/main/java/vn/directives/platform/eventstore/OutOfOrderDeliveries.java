package vn.directives.platform.eventstore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The events recently read below the reading token's index: an event that fills a gap of the token
 * (its row became readable after later rows had been delivered), whose tracking token then keeps the
 * higher index it had reached, so the token's index is not the event's own.
 * <p>
 * With the gap-free reading such deliveries are not expected (a gap is a rolled-back index that never
 * fills); a writer bypassing the append lock can still cause one. Whoever needs an event's exact
 * global index from its token (reconciliation's tally) asks here first and reads the index from the
 * store for an event listed. The list keeps the last {@value #CAPACITY} identifiers.
 */
public final class OutOfOrderDeliveries {

    static final int CAPACITY = 100_000;

    private final Map<String, Boolean> recent = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Whether anything was ever recorded: asked for every event processed, the usual answer takes no lock. */
    private volatile boolean any;

    /** Notes that the event was delivered with a token whose index is above its own. */
    public synchronized void record(String eventIdentifier) {
        recent.put(eventIdentifier, Boolean.TRUE);
        any = true;
    }

    /** Whether the event was recently delivered with a token whose index is above its own. */
    public boolean contains(String eventIdentifier) {
        if (!any) {
            return false;
        }
        synchronized (this) {
            return recent.containsKey(eventIdentifier);
        }
    }
}
