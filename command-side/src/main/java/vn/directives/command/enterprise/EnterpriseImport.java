package vn.directives.command.enterprise;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.Rules;
import vn.directives.command.infrastructure.CommandDispatcher;
import vn.directives.events.metadata.MetadataKeys;
import vn.directives.platform.web.RequestRefused;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Imports a province's lists in two steps. The check reads every row and reports every problem,
 * changing nothing but keeping the file (its report can be downloaded as a spreadsheet, and its
 * import confirmed without sending it again). The import checks every row again and, only when no
 * row has a problem, runs the file's job ({@link ImportJobRunner}): chunk by chunk, each chunk's
 * commands and progress in one transaction, resumable from the first row not applied. A row equal
 * to the registry sends nothing, so importing a file twice adds nothing the second time. The job id
 * is made from the file's bytes: a retry of the same file is the same job, never a second one.
 * <p>
 * Each kind of list ({@link ImportColumn.ListKind}) brings its own checker, which plans the command
 * of each valid row ({@link ListChecks}); everything else is common.
 */
@Component
class EnterpriseImport {

    /** Beyond these a file is refused before it is read (docs/enterprises.md, "Importing a list"). */
    static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    private final ListChecks checks;
    private final CommandDispatcher dispatcher;
    private final ImportJobs jobs;
    private final ImportJobRunner runner;

    EnterpriseImport(ListChecks checks, CommandDispatcher dispatcher, ImportJobs jobs, ImportJobRunner runner) {
        this.checks = checks;
        this.dispatcher = dispatcher;
        this.jobs = jobs;
        this.runner = runner;
    }

    /** A job started: the job as it stands and, once it has run to its end, the report. */
    record Started(ImportJob job, ImportReport report) {
    }

    ImportReport validate(byte[] file, String fileName) {
        Checked checked = checked(file, fileName);
        return checked.report(false);
    }

    /** Checks the file and runs its job; answers when it has ended, or at once when {@code async}. */
    Started start(byte[] file, String fileName, boolean async) {
        return run(checked(file, fileName), async);
    }

    /** Starts or resumes the job of a file already checked, from the first row not applied. */
    Started resume(String jobId, boolean async) {
        ImportJobs.StoredFile stored = jobs.file(jobId).orElseThrow(EnterpriseImport::unknownJob);
        return run(checked(stored.bytes(), stored.name()), async);
    }

    ImportJob job(String jobId) {
        ImportJob job = jobs.find(jobId).orElseThrow(EnterpriseImport::unknownJob);
        Rules.requireOrganizationCommittee(dispatcher.context());
        return job;
    }

    /** The checked file's rows with the problems beside them, as a spreadsheet (checked again now). */
    byte[] reportWorkbook(String jobId) {
        ImportJobs.StoredFile stored = jobs.file(jobId).orElseThrow(EnterpriseImport::unknownJob);
        CommandContext context = dispatcher.context();
        Rules.requireOrganizationCommittee(context);
        ImportFile.Parsed parsed = ImportFile.parse(stored.bytes());
        CheckedRows checked = check(parsed.rows(), jobId, context);
        return ImportReportWorkbook.write(parsed.table(), checked.problems(), checked.reconciliation());
    }

    private Started run(Checked checked, boolean async) {
        if (!checked.rows.problems().isEmpty()) {
            throw invalidRows(checked.report(false));
        }
        // a request with an Idempotency-Key holds it before the job takes effect
        dispatcher.claimBeforeEffect();
        CommandContext context = checked.context;
        String jobId = checked.jobId;
        int from = jobs.claim(jobId, context.userId()).orElseThrow(() -> running(jobId));
        // the job rides on every event it causes, whatever the event's payload says, for the audit trail
        CompletableFuture<ImportJob> ended = runner.run(jobId, checked.file, from,
                rows -> check(rows, jobId, context),
                dispatcher.requestMetadata().and(MetadataKeys.IMPORT_JOB, jobId));
        if (async) {
            return new Started(jobs.find(jobId).orElseThrow(), null);
        }
        ImportJob job = ended.join();
        if (!job.status().equals("DONE")) {
            throw stopped(job);
        }
        return new Started(job, new ImportReport(jobId, checked.file.size(), job.registered(), job.changed(),
                job.unchanged(), List.of(), true));
    }

    /** A file read and checked whole, kept as the job of its bytes. */
    private final class Checked {
        final String jobId;
        final List<RawRow> file;
        final CheckedRows rows;
        final CommandContext context;

        Checked(String jobId, List<RawRow> file, CheckedRows rows, CommandContext context) {
            this.jobId = jobId;
            this.file = file;
            this.rows = rows;
            this.context = context;
        }

        ImportReport report(boolean imported) {
            int read = (int) (rows.planned().size() + rows.problems().stream().mapToInt(RowProblem::row).distinct()
                    .count());
            return new ImportReport(jobId, read, rows.count(PlannedRow.Outcome.REGISTER),
                    rows.count(PlannedRow.Outcome.CHANGE), rows.count(PlannedRow.Outcome.UNCHANGED), rows.problems(),
                    imported, rows.reconciliation());
        }
    }

    /** The file is read before the actor's role is checked: a file that is no list is refused alike for all. */
    private Checked checked(byte[] file, String fileName) {
        if (file != null && file.length > MAX_FILE_BYTES) {
            throw new RequestRefused(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "file",
                    "Tệp lớn hơn " + (MAX_FILE_BYTES >> 20) + " MB; hãy chia tệp.",
                    "The file is larger than " + (MAX_FILE_BYTES >> 20) + " MB; split it.");
        }
        List<RawRow> rows = ImportFile.read(file);
        CommandContext context = dispatcher.context();
        Rules.requireOrganizationCommittee(context);
        String jobId = jobId(file);
        CheckedRows checked = check(rows, jobId, context);
        jobs.checked(jobId, file, fileName == null || fileName.isBlank() ? null : fileName.strip(), rows.size(),
                checked.problems().size(), context.userId());
        return new Checked(jobId, rows, checked, context);
    }

    /** The rows of one list checked by the checker of its kind, against the registry as it is now. */
    private CheckedRows check(List<RawRow> rows, String jobId, CommandContext context) {
        return checks.check(rows, jobId, context);
    }

    private static RequestRefused invalidRows(ImportReport report) {
        return new RequestRefused(HttpStatus.BAD_REQUEST, "import-rows-invalid", "file",
                report.problems().size() + " lỗi trong tệp; không dòng nào được nhập.",
                report.problems().size() + " problems in the file; no row was imported.")
                .with("report", report);
    }

    /** A job that stopped at a chunk: the rows before it are applied, the job says which and why. */
    static RequestRefused stopped(ImportJob job) {
        return new RequestRefused(HttpStatus.CONFLICT, "import-stopped", "file", job.failure().message(),
                job.failure().message_en()).with("job", job);
    }

    static RequestRefused running(String jobId) {
        return new RequestRefused(HttpStatus.CONFLICT, "import-running", "file",
                "Tệp này đang được nhập; hãy xem tiến độ của việc nhập " + jobId + ".",
                "This file is being imported; follow the progress of import " + jobId + ".")
                .with("importJobId", jobId);
    }

    private static RequestRefused unknownJob() {
        return RequestRefused.notFound("Không có việc nhập này.", "No such import.");
    }

    private static String jobId(byte[] file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(file);
            return "import-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
