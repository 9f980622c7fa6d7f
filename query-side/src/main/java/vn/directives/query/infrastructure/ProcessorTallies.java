package vn.directives.query.infrastructure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link HandledEventTally} of each processor of this application, so that reconciliation asks
 * each processor only about the event types its projections handle.
 */
public final class ProcessorTallies {

    private final Map<String, HandledEventTally> byProcessor = new ConcurrentHashMap<>();

    HandledEventTally add(HandledEventTally tally) {
        byProcessor.put(tally.processor(), tally);
        return tally;
    }

    /**
     * Whether the processor's projections handle events stored under this payload type name. A
     * processor this application does not run (tokens left by another version) is asked about every
     * type, as it counted every type.
     */
    public boolean handles(String processor, String payloadTypeName) {
        HandledEventTally tally = byProcessor.get(processor);
        return tally == null || tally.handles(payloadTypeName);
    }
}
