package vn.directives.command.enterprise;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.infrastructure.CommandDispatcher;
import vn.directives.platform.web.RequestRefused;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Applies a checked list in chunks of rows, each chunk one transaction bounded like every command's
 * (the event store's append lock is held for a chunk, not for the file). A chunk ends after its
 * number of rows or, on a slow or busy machine, once it has run for its time budget (a quarter of
 * the transaction's bound by default), so that it always commits well within the bound. In its transaction a chunk
 * is planned again against the registry as it is then, its commands are sent, and the job's
 * progress moves past it: a chunk is applied and counted together or not at all. A chunk that
 * fails stops the job (FAILED, naming the chunk's rows and the rule); resuming goes on from the
 * first row not applied. Jobs run one at a time, on a thread of their own.
 */
@Component
class ImportJobRunner implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobRunner.class);

    private final ImportJobs jobs;
    private final CommandDispatcher dispatcher;
    private final TransactionManager axonTransactions;
    private final TransactionTemplate transaction;
    private final int chunkRows;
    private final long chunkNanos;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import-job");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobRunner(ImportJobs jobs, CommandDispatcher dispatcher, PlatformTransactionManager transactions,
                    TransactionManager axonTransactions,
                    @Value("${directives.command.transaction-timeout-seconds:20}") int timeoutSeconds,
                    @Value("${directives.command.import.chunk-rows:500}") int chunkRows,
                    @Value("${directives.command.import.chunk-seconds:5}") double chunkSeconds) {
        this.jobs = jobs;
        this.dispatcher = dispatcher;
        this.axonTransactions = axonTransactions;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction.setTimeout(timeoutSeconds);
        this.chunkRows = chunkRows;
        this.chunkNanos = (long) (Math.min(chunkSeconds, timeoutSeconds / 2.0) * 1e9);
    }

    /**
     * Runs the claimed job from row {@code from} (rows already applied) to the end; the future ends
     * with the job as it stands when it has finished or stopped.
     */
    CompletableFuture<ImportJob> run(String jobId, List<RawRow> rows, int from,
                                     Function<List<RawRow>, CheckedRows> planner, MetaData metadata) {
        return CompletableFuture.supplyAsync(() -> apply(jobId, rows, from, planner, metadata), executor);
    }

    private ImportJob apply(String jobId, List<RawRow> rows, int from, Function<List<RawRow>, CheckedRows> planner,
                            MetaData metadata) {
        for (int done = from; done < rows.size(); ) {
            List<RawRow> chunk = rows.subList(done, Math.min(done + chunkRows, rows.size()));
            int start = done;
            Integer applied;
            try {
                applied = transaction.execute(status -> applyChunk(jobId, start, chunk, planner, metadata));
            } catch (Moved moved) {
                LOG.warn("Import job {} was taken over by another runner at row {}; this one stops", jobId, start);
                return jobs.find(jobId).orElseThrow();
            } catch (RuntimeException e) {
                stop(jobId, chunk, e);
                return jobs.find(jobId).orElseThrow();
            }
            done += applied;
        }
        jobs.done(jobId);
        return jobs.find(jobId).orElseThrow();
    }

    /** Applies the chunk's rows in order until they are all done or its time is up; answers how many it applied. */
    private int applyChunk(String jobId, int start, List<RawRow> chunk, Function<List<RawRow>, CheckedRows> planner,
                           MetaData metadata) {
        long deadline = System.nanoTime() + chunkNanos;
        CheckedRows plan = planner.apply(chunk);
        if (!plan.problems().isEmpty()) {
            throw new RowRefused(plan.problems().get(0));
        }
        int[] counts = new int[PlannedRow.Outcome.values().length];
        int applied = 0;
        // one unit of work around the chunk's commands: Axon hands the events of each command's own
        // unit to it, so they are appended at once (one lock, one batch) when it commits, not one by one
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>(jobId, metadata));
        unit.attachTransaction(axonTransactions);
        try {
            for (PlannedRow row : plan.planned()) {
                if (applied > 0 && System.nanoTime() > deadline) {
                    break;
                }
                if (row.before() != null) {
                    row.before().run();
                }
                if (row.command() != null) {
                    dispatcher.dispatch(row.command(), row.metadata().isEmpty() ? metadata
                            : metadata.mergedWith(row.metadata()));
                }
                counts[row.outcome().ordinal()]++;
                applied++;
            }
            unit.commit();
        } catch (RuntimeException e) {
            if (unit.isActive()) {
                unit.rollback(e);
            }
            throw e;
        }
        ImportJobs.Chunk done = new ImportJobs.Chunk(start + applied, chunk.get(applied - 1).number(),
                counts[PlannedRow.Outcome.REGISTER.ordinal()], counts[PlannedRow.Outcome.CHANGE.ordinal()],
                counts[PlannedRow.Outcome.UNCHANGED.ordinal()]);
        if (!jobs.applied(jobId, start, done)) {
            throw new Moved();
        }
        return applied;
    }

    /** Records why the chunk was rolled back; the log names the job, the rows and the rule, never their content. */
    private void stop(String jobId, List<RawRow> chunk, RuntimeException e) {
        int first = chunk.get(0).number();
        int last = chunk.get(chunk.size() - 1).number();
        String rows = first + "–" + last;
        if (e instanceof RowRefused refused) {
            RowProblem problem = refused.problem;
            jobs.failed(jobId, first, last, problem.rule(), "Dòng " + problem.row() + " (" + problem.column() + "): "
                    + problem.message(), "Row " + problem.row() + " (" + problem.column() + "): " + problem.message_en());
        } else if (e instanceof RuleViolation violation) {
            jobs.failed(jobId, first, last, violation.rule(), "Các dòng " + rows + ": " + violation.messageVi(),
                    "Rows " + rows + ": " + violation.messageEn());
        } else if (e instanceof RequestRefused refusal) {
            jobs.failed(jobId, first, last, refusal.rule(), "Các dòng " + rows + ": " + refusal.messageVi(),
                    "Rows " + rows + ": " + refusal.messageEn());
        } else {
            jobs.failed(jobId, first, last, "import-chunk-failed",
                    "Không ghi được các dòng " + rows + " (lỗi hệ thống); các dòng trước đó đã được nhập. Hãy nhập tiếp.",
                    "Rows " + rows + " could not be stored (a system error); the rows before them are imported. "
                            + "Resume the import.");
        }
        LOG.warn("Import job {} stopped at sheet rows {}: {}", jobId, rows,
                e instanceof RowRefused refused ? refused.problem.rule() : e.getClass().getSimpleName());
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** A row that the registry, as it is now, refuses although the file's check passed (it changed since). */
    private static final class RowRefused extends RuntimeException {
        private final transient RowProblem problem;

        RowRefused(RowProblem problem) {
            super(problem.rule(), null, false, false);
            this.problem = problem;
        }
    }

    /** The job's progress is not where this runner left it: another runner has taken it over. */
    private static final class Moved extends RuntimeException {
        Moved() {
            super("import job moved", null, false, false);
        }
    }
}
