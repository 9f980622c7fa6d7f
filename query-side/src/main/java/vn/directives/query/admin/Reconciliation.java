package vn.directives.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directives.query.infrastructure.ProcessorPositions;
import vn.directives.query.infrastructure.ProcessorTokens;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Proves that every stored event reached every processor, or names those that did not.
 * <p>
 * Every processor records the events it processes ({@code query.processed_event}) in the
 * transaction that also stores its token. For each processor, in one snapshot of the database
 * (REPEATABLE READ), the stored tokens give the position every segment has moved past; an event of
 * the store at or below it, not among the indexes a segment still waits for, and not recorded, was
 * skipped for good: its segment moved past it without processing it (an event committed after the
 * gap timeout). Events above that position are checked once the processor gets there.
 * <p>
 * Runs every {@code directives.query.reconciliation.interval} and on demand; the gauge
 * {@code directives.reconciliation.missing} (tag {@code processor}) holds the latest count.
 */
@Component
class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final ProcessorPositions positions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final MeterRegistry meters;
    private final Map<String, AtomicLong> missing = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    Reconciliation(ProcessorPositions positions, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                   MeterRegistry meters) {
        this.positions = positions;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${directives.query.reconciliation.interval:1m}",
            initialDelayString = "${directives.query.reconciliation.initial-delay:1m}")
    void periodically() {
        ReconciliationReport report = check(0);
        if (!report.clean()) {
            report.processors().stream().filter(processor -> processor.missingCount() > 0)
                    .forEach(processor -> log.warn("Reconciliation: processor {} never processed {} stored event(s)",
                            processor.processor(), processor.missingCount()));
        }
    }

    /** Checks every processor; lists at most {@code limit} missing events of each. */
    ReconciliationReport check(int limit) {
        ReconciliationReport report = snapshot.execute(status -> {
            long head = positions.head();
            List<ReconciliationReport.Processor> processors = positions.stored().stream()
                    .map(tokens -> check(tokens, limit)).toList();
            boolean clean = processors.stream().allMatch(processor -> processor.missingCount() == 0);
            return new ReconciliationReport(clock.instant(), head, clean, processors);
        });
        report.processors().forEach(processor -> gauge(processor.processor()).set(processor.missingCount()));
        return report;
    }

    private ReconciliationReport.Processor check(ProcessorTokens tokens, int limit) {
        long through = tokens.position();
        Long[] waitingFor = tokens.gaps().toArray(Long[]::new);
        Long count = jdbc.queryForObject("SELECT count(*) " + MISSING, Long.class,
                through, waitingFor, tokens.name());
        long missingCount = count == null ? 0 : count;
        List<ReconciliationReport.MissingEvent> events = missingCount == 0 || limit == 0 ? List.of()
                : jdbc.query("""
                        SELECT e.global_index, e.payload_type, e.aggregate_identifier, e.sequence_number, e.time_stamp
                        """ + MISSING + " ORDER BY e.global_index LIMIT ?",
                        (row, number) -> new ReconciliationReport.MissingEvent(row.getLong("global_index"),
                                row.getString("payload_type"), row.getString("aggregate_identifier"),
                                row.getLong("sequence_number"), row.getString("time_stamp")),
                        through, waitingFor, tokens.name(), limit);
        return new ReconciliationReport.Processor(tokens.name(), through, missingCount, events);
    }

    private static final String MISSING = """
            FROM events.domain_event_entry e
            WHERE e.global_index <= ? AND e.global_index <> ALL (?)
              AND NOT EXISTS (SELECT 1 FROM query.processed_event p
                               WHERE p.processor_name = ? AND p.global_index = e.global_index)""";

    private AtomicLong gauge(String processor) {
        return missing.computeIfAbsent(processor, name -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("directives.reconciliation.missing", value, AtomicLong::get)
                    .description("Stored events the processor moved past without processing them")
                    .baseUnit("events")
                    .tag("processor", name)
                    .register(meters);
            return value;
        });
    }
}
