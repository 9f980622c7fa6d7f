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
import vn.directives.query.infrastructure.HandledEventTally;
import vn.directives.query.infrastructure.ProcessorLayout;
import vn.directives.query.infrastructure.ProcessorTallies;
import vn.directives.query.infrastructure.ProcessorPositions;
import vn.directives.query.infrastructure.ProcessorTokens;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Proves that every stored event reached every processor, or says where it did not.
 * <p>
 * Every processor counts the events it processes ({@link HandledEventTally}, per payload type and
 * bucket of global indexes) in the transaction that also stores its token; it processes exactly the
 * event types its projections handle, and only those types are compared with the store. In one snapshot of the
 * database (REPEATABLE READ), for each processor, the events of the store at or below its position,
 * not among the indexes a segment still waits for, are counted the same way: where the store holds
 * more than the processor counted, it moved past events without processing them. (Where it counted
 * more, the store lost events, which this does not report.) Read models listed in
 * {@link ReadModelRows} are also checked row by row.
 * <p>
 * The proof ({@code GET /api/admin/reconciliation}) counts the whole store and checks the rows. The
 * periodic check, every {@code directives.query.reconciliation.interval}, counts events only, from
 * the first bucket not yet proven clean for each processor: stored events never change, so a bucket
 * once proven stays proven until the processor is rebuilt. Both set the gauge
 * {@code directives.reconciliation.missing} (tag {@code processor}) to what they found.
 */
@Component
class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final ProcessorPositions positions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final MeterRegistry meters;
    private final ProcessorTallies tallies;
    private final ProcessorLayout layout;
    private final Map<String, AtomicLong> missing = new ConcurrentHashMap<>();
    /** Per processor, the first bucket the periodic check has not proven clean yet. */
    private final Map<String, Long> provenBelow = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    Reconciliation(ProcessorPositions positions, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                   MeterRegistry meters, ProcessorTallies tallies, ProcessorLayout layout) {
        this.positions = positions;
        this.tallies = tallies;
        this.layout = layout;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${directives.query.reconciliation.interval:1m}",
            initialDelayString = "${directives.query.reconciliation.initial-delay:1m}")
    void periodically() {
        ReconciliationReport report = check(0, true);
        report.processors().stream().filter(processor -> processor.missingCount() > 0)
                .forEach(processor -> log.warn("Reconciliation: processor {} never processed {} stored event(s)",
                        processor.processor(), processor.missingCount()));
    }

    /** Checks every processor over the whole store; lists at most {@code limit} findings of each kind. */
    ReconciliationReport check(int limit) {
        return check(limit, false);
    }

    private ReconciliationReport check(int limit, boolean incremental) {
        ReconciliationReport report = snapshot.execute(status -> {
            long head = positions.head();
            List<ReconciliationReport.Processor> processors = positions.stored().stream()
                    .map(tokens -> check(tokens, limit, incremental)).toList();
            boolean clean = processors.stream().allMatch(processor -> processor.missingCount() == 0);
            return new ReconciliationReport(clock.instant(), head, clean, processors);
        });
        report.processors().forEach(processor -> gauge(processor.processor()).set(processor.missingCount()));
        return report;
    }

    private ReconciliationReport.Processor check(ProcessorTokens tokens, int limit, boolean incremental) {
        long through = tokens.position();
        long fromBucket = incremental ? provenBelow.getOrDefault(tokens.name(), 0L) : 0;
        if (fromBucket * HandledEventTally.BUCKET > through + 1) {
            fromBucket = 0; // rebuilt since: its position went back
        }
        Long[] waitingFor = tokens.gaps().toArray(Long[]::new);
        List<ReconciliationReport.MissingEvents> shortfalls = jdbc.query("""
                        WITH stored AS (
                            SELECT payload_type, global_index / %d AS bucket, count(*) AS events,
                                   min(global_index) AS from_index, max(global_index) AS to_index
                              FROM events.domain_event_entry
                             WHERE global_index >= ? AND global_index <= ? AND global_index <> ALL (?)
                             GROUP BY 1, 2)
                        SELECT s.payload_type, s.bucket, s.from_index, s.to_index, s.events,
                               coalesce(t.events, 0) AS processed
                          FROM stored s
                          LEFT JOIN query.processor_tally t
                            ON t.processor_name = ? AND t.payload_type = s.payload_type AND t.bucket = s.bucket
                         WHERE s.events > coalesce(t.events, 0)
                         ORDER BY s.bucket, s.payload_type""".formatted(HandledEventTally.BUCKET),
                (row, number) -> new ReconciliationReport.MissingEvents(row.getString("payload_type"),
                        row.getLong("from_index"), row.getLong("to_index"), row.getLong("events"),
                        row.getLong("processed"), row.getLong("events") - row.getLong("processed")),
                fromBucket * HandledEventTally.BUCKET, through, waitingFor, tokens.name())
                .stream().filter(shortfall -> tallies.handles(tokens.name(), shortfall.payloadType())).toList();
        long missingEvents = shortfalls.stream().mapToLong(ReconciliationReport.MissingEvents::count).sum();
        if (incremental) {
            long firstShort = shortfalls.stream().mapToLong(shortfall -> shortfall.fromIndex() / HandledEventTally.BUCKET)
                    .min().orElse(Long.MAX_VALUE);
            provenBelow.put(tokens.name(), Math.min(firstShort, through / HandledEventTally.BUCKET));
        }
        List<ReconciliationReport.MissingRow> rows = new ArrayList<>();
        long missingRows = 0;
        for (ReadModelRows checked : ReadModelRows.CHECKED) {
            if (!incremental && layout.processorOf(checked.processingGroup()).equals(tokens.name())) {
                List<ReconciliationReport.MissingRow> found = missingRows(checked, tokens);
                missingRows += found.size();
                rows.addAll(found);
            }
        }
        return new ReconciliationReport.Processor(tokens.name(), through, missingEvents + missingRows,
                shortfalls.stream().limit(limit).toList(), rows.stream().limit(limit).toList());
    }

    /**
     * Rows missing for events the responsible segment has processed. Bounded by the furthest segment,
     * not by {@code through} (the slowest): a segment that only skipped an event stores its token late,
     * so the slowest position can lag behind an event another segment processed and committed.
     */
    private List<ReconciliationReport.MissingRow> missingRows(ReadModelRows checked, ProcessorTokens tokens) {
        return jdbc.query("""
                        SELECT e.aggregate_identifier, e.global_index
                          FROM events.domain_event_entry e
                         WHERE e.payload_type = ? AND e.global_index <= ?
                           AND NOT EXISTS (SELECT 1 FROM %s r WHERE r.%s = e.aggregate_identifier)
                         ORDER BY e.global_index""".formatted(checked.table(), checked.idColumn()),
                (row, number) -> new ReconciliationReport.MissingRow(checked.table(),
                        row.getString("aggregate_identifier"), row.getLong("global_index")),
                checked.payloadType(), tokens.furthest()).stream()
                .filter(missing -> tokens.covers(missing.globalIndex(), missing.id()))
                .toList();
    }

    private AtomicLong gauge(String processor) {
        return missing.computeIfAbsent(processor, name -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("directives.reconciliation.missing", value, AtomicLong::get)
                    .description("Stored events the processor moved past without processing them, and read-model"
                            + " rows its events should have left but that are missing")
                    .baseUnit("events")
                    .tag("processor", name)
                    .register(meters);
            return value;
        });
    }
}
