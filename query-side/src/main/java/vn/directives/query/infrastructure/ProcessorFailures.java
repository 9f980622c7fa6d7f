package vn.directives.query.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which processors' batches are failing on this instance, since when, and with what. A pooled
 * processor whose batch fails gives its segment up and claims it again later, retrying the batch;
 * meanwhile Axon's own status shows no error and a position that does not move. This remembers the
 * failure until a batch of the processor commits again.
 * <p>
 * Only the exception's class (and its root cause's) is kept: a message may quote the data of the
 * event (names, card numbers), which must not reach logs or the admin API.
 */
@Component
public class ProcessorFailures {

    private static final Logger log = LoggerFactory.getLogger(ProcessorFailures.class);

    private final Map<String, Failure> failing = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    ProcessorFailures(MeterRegistry meters) {
        this.meters = meters;
    }

    /** A processor's batches failing since {@code since}; {@code failedBatches} counts the attempts. */
    public record Failure(String error, String rootCause, Instant since, Instant lastFailedAt, long failedBatches) {
    }

    public Optional<Failure> of(String processor) {
        return Optional.ofNullable(failing.get(processor));
    }

    void failed(String processor, Throwable error) {
        Instant now = clock.instant();
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootCause = root.getClass().getName();
        Failure failure = failing.merge(processor,
                new Failure(error.getClass().getName(), rootCause, now, now, 1),
                (before, next) -> new Failure(next.error(), next.rootCause(), before.since(), now,
                        before.failedBatches() + 1));
        meters.counter("directives.processor.batch.failures", "processor", processor).increment();
        log.warn("Processor {}: a batch failed ({}, cause {}), {} failure(s) since {}; it will be retried",
                processor, failure.error(), rootCause, failure.failedBatches(), failure.since());
    }

    void succeeded(String processor) {
        Failure recovered = failing.remove(processor);
        if (recovered != null) {
            log.info("Processor {}: batches commit again after {} failure(s) since {}", processor,
                    recovered.failedBatches(), recovered.since());
        }
    }

    /** Records the failure and lets it fail the batch, which is then retried. */
    ErrorHandler recording() {
        return (ErrorContext context) -> {
            failed(context.eventProcessor(), context.error());
            PropagatingErrorHandler.instance().handleError(context);
        };
    }
}
