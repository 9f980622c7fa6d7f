package vn.directives.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.directives.query.infrastructure.ProcessorFailures;
import vn.directives.query.infrastructure.ProcessorPositions;
import vn.directives.query.infrastructure.ProcessorTokens;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gauges per processor (tag {@code processor}): {@code directives.processor.position}, the global
 * index every segment has moved past, and {@code directives.processor.lag}, the events between it
 * and the head of the store; {@code directives.processor.failing}, 1 while its batches fail. One
 * reading of the token table serves every gauge for a second.
 */
@Component
class ProcessorGauges {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final ProcessorPositions positions;
    private final MeterRegistry meters;
    private final ProcessorFailures failures;
    private volatile Reading reading;

    ProcessorGauges(ProcessorPositions positions, MeterRegistry meters, ProcessorFailures failures) {
        this.positions = positions;
        this.meters = meters;
        this.failures = failures;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (String name : positions.names()) {
            Gauge.builder("directives.processor.position", this, metrics -> metrics.current().position(name))
                    .description("Global index of the event store every segment of the processor has moved past")
                    .tag("processor", name)
                    .register(meters);
            Gauge.builder("directives.processor.lag", this, metrics -> metrics.current().lag(name))
                    .description("Events stored but not yet processed by the processor")
                    .baseUnit("events")
                    .tag("processor", name)
                    .register(meters);
            Gauge.builder("directives.processor.failing", failures, failing -> failing.of(name).isPresent() ? 1 : 0)
                    .description("1 while the processor's batches fail on this instance (and are retried), else 0")
                    .tag("processor", name)
                    .register(meters);
        }
    }

    private Reading current() {
        Reading last = reading;
        if (last != null && System.nanoTime() - last.takenAt() < FRESH_FOR.toNanos()) {
            return last;
        }
        Map<String, Long> byName = positions.all().stream()
                .collect(Collectors.toMap(ProcessorTokens::name, ProcessorTokens::position));
        Reading fresh = new Reading(positions.head(), byName, System.nanoTime());
        reading = fresh;
        return fresh;
    }

    private record Reading(long head, Map<String, Long> positions, long takenAt) {

        double position(String name) {
            return positions.getOrDefault(name, 0L);
        }

        double lag(String name) {
            return Math.max(0, head - positions.getOrDefault(name, 0L));
        }
    }
}
