package vn.directives.query.infrastructure.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.directives.query.infrastructure.ProcessorPositions;
import vn.directives.query.infrastructure.ProcessorTokens;

import java.time.Duration;
import java.util.List;

/**
 * Waits, a bounded time, until every processor of the query side, on every instance, has moved
 * past an event position, so that whatever read model is read next includes that event. Used by
 * every {@code ?position=} read ({@link ReadYourWritesInterceptor}) and by pages that must show a
 * state the command side named by its position (a stale form's answer).
 */
@Component
public class ReadYourWrites {

    private final ProcessorPositions positions;
    private final Duration timeout;
    private final Duration pollInterval;

    ReadYourWrites(ProcessorPositions positions,
                   @Value("${directives.query.read-your-writes.timeout:5s}") Duration timeout,
                   @Value("${directives.query.read-your-writes.poll-interval:25ms}") Duration pollInterval) {
        this.positions = positions;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
    }

    /** The processors still behind the position when the wait ended: none once every read model includes it. */
    public List<String> await(long position) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> behind = behind(position);
        while (!behind.isEmpty() && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return behind;
            }
            behind = behind(position);
        }
        return behind;
    }

    Duration timeout() {
        return timeout;
    }

    private List<String> behind(long position) {
        return positions.all().stream()
                .filter(processor -> !processor.covers(position))
                .map(ProcessorTokens::name)
                .toList();
    }
}
