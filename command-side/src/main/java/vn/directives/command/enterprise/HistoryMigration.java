package vn.directives.command.enterprise;

import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.Rules;
import vn.directives.command.infrastructure.CommandDispatcher;
import vn.directives.events.metadata.MetadataKeys;
import vn.directives.platform.web.RequestRefused;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings in history recorded before the service existed: one of the lists an import takes
 * (enterprises, Party organizations, socio-political organizations, cessations, Party members), each row a dated
 * fact with the day the older system or list recorded it ({@link OriginalRecording}). The rows are
 * read and checked by the import's own reading and rules ({@link ImportFile}, {@link ListChecks});
 * what a migration adds is the original recording day, the source
 * and the job, carried on every event it causes as metadata ({@link MetadataKeys#RECORDED_ORIGINALLY_ON},
 * {@link MetadataKeys#MIGRATION_SOURCE}, {@link MetadataKeys#IMPORT_JOB}; the confirmer is the
 * event's actor), so that the report as recorded counts a migrated fact from the day it was first
 * recorded, and the audit trail and the report say where it came from. Two steps as for an import:
 * check (nothing stored), then migrate: every row checked, none applied while any has a problem,
 * then the rows applied by the import's job in chunks ({@link ImportJobRunner}), resumable. A row
 * equal to what the registry holds sends nothing, so migrating a file twice adds nothing.
 */
@Component
class HistoryMigration {

    private static final int SOURCE_MAX = 300;

    private final ListChecks checks;
    private final CommandDispatcher dispatcher;
    private final ImportJobs jobs;
    private final ImportJobRunner runner;

    HistoryMigration(ListChecks checks, CommandDispatcher dispatcher, ImportJobs jobs, ImportJobRunner runner) {
        this.checks = checks;
        this.dispatcher = dispatcher;
        this.jobs = jobs;
        this.runner = runner;
    }

    MigrationReport validate(byte[] file, String source) {
        return plan(file, source).report(false);
    }

    /**
     * Checks every row and, only when none has a problem, runs the migration's job: the rows in
     * chunks, each chunk planned again, sent and counted in one transaction (as an import's), so a
     * long history never holds one transaction beyond its bound; a stopped job resumes from its
     * first row not applied when the same file and source are sent again.
     */
    MigrationReport migrate(byte[] file, String source) {
        Plan plan = plan(file, source);
        if (!plan.checked.problems().isEmpty()) {
            MigrationReport report = plan.report(false);
            throw new RequestRefused(HttpStatus.BAD_REQUEST, "import-rows-invalid", "file",
                    report.problems().size() + " lỗi trong tệp; không dòng nào được chuyển.",
                    report.problems().size() + " problems in the file; no row was migrated.")
                    .with("report", report);
        }
        dispatcher.claimBeforeEffect();
        CommandContext context = plan.context;
        // the job is named by its source, which the audit trail and the report name too
        jobs.checked(plan.jobId, file, plan.source, plan.rows.size(), 0, context.userId());
        int from = jobs.claim(plan.jobId, context.userId()).orElseThrow(() -> EnterpriseImport.running(plan.jobId));
        MetaData metadata = dispatcher.requestMetadata().mergedWith(Map.of(MetadataKeys.IMPORT_JOB, plan.jobId,
                MetadataKeys.MIGRATION_SOURCE, plan.source));
        ImportJob job = runner.run(plan.jobId, plan.rows, from, rows -> recorded(rows, plan.jobId, context), metadata)
                .join();
        if (!job.status().equals("DONE")) {
            throw EnterpriseImport.stopped(job);
        }
        return new MigrationReport(plan.jobId, plan.source, plan.rows.size(), job.registered(), job.changed(),
                job.unchanged(), List.of(), true);
    }

    /** The file read and checked whole: its rows and what each does, or every problem. */
    private record Plan(String jobId, String source, List<RawRow> rows, CheckedRows checked, CommandContext context) {

        MigrationReport report(boolean imported) {
            return new MigrationReport(jobId, source, rows.size(), checked.count(PlannedRow.Outcome.REGISTER),
                    checked.count(PlannedRow.Outcome.CHANGE), checked.count(PlannedRow.Outcome.UNCHANGED),
                    checked.problems(), imported);
        }
    }

    private Plan plan(byte[] file, String given) {
        List<RawRow> rows = ImportFile.read(file);
        CommandContext context = dispatcher.context();
        Rules.requireOrganizationCommittee(context);
        String source = source(given);
        String jobId = jobId(file, source);
        return new Plan(jobId, source, rows, recorded(rows, jobId, context), context);
    }

    /**
     * The rows checked by their list's rules and their original recording days: every problem, by
     * row, and each valid row's command with its day as metadata of its own. A chunk of a running
     * job is planned by this too, against the registry as it is then.
     */
    private CheckedRows recorded(List<RawRow> rows, String jobId, CommandContext context) {
        CheckedRows checked = checks.check(rows, jobId, context);
        Map<Integer, RawRow> byNumber = rows.stream().collect(Collectors.toMap(RawRow::number, Function.identity()));
        OriginalRecording recording = new OriginalRecording(context.today());
        for (PlannedRow step : checked.planned()) {
            RawRow row = byNumber.get(step.row());
            // a row that changes nothing records no fact: only its day's own form is checked
            recording.check(row, step.outcome() == PlannedRow.Outcome.UNCHANGED ? null
                    : OriginalRecording.happened(row, step.outcome(), context.today()));
        }
        // a row refused by the list's rules still has its recording day checked, so every problem shows at once
        Set<Integer> planned = checked.planned().stream().map(PlannedRow::row).collect(Collectors.toSet());
        rows.stream().filter(row -> !planned.contains(row.number())).forEach(row -> recording.check(row, null));
        List<RowProblem> problems = new ArrayList<>(checked.problems());
        problems.addAll(recording.problems);
        problems.sort(Comparator.comparingInt(RowProblem::row));
        List<PlannedRow> steps = checked.planned().stream()
                .filter(step -> recording.byRow.containsKey(step.row()))
                .map(step -> {
                    LocalDate day = recording.byRow.get(step.row());
                    // a row that changes nothing sends nothing, and may have no day
                    return day == null ? step
                            : step.withMetadata(Map.of(MetadataKeys.RECORDED_ORIGINALLY_ON, day.toString()));
                })
                .toList();
        return new CheckedRows(problems, steps);
    }

    /** Where the history comes from (the older system, the list and its date), as the confirmer names it. */
    private static String source(String given) {
        String source = given == null ? "" : given.strip();
        if (source.isEmpty()) {
            throw RequestRefused.invalid("source", "required", "Hãy ghi nguồn số liệu (hệ thống cũ, sổ, danh sách).",
                    "Name the source of the history (the older system, register or list).");
        }
        if (source.length() > SOURCE_MAX) {
            throw RequestRefused.invalid("source", "max-length", "Nguồn số liệu dài quá " + SOURCE_MAX + " ký tự.",
                    "The source is longer than " + SOURCE_MAX + " characters.");
        }
        return source;
    }

    /** Made from the file's bytes and its source, so the same file and source are always the same job; apart from imports' ids. */
    private static String jobId(byte[] file, String source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(file);
            digest.update(("\n" + source).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] hash = digest.digest();
            return "migration-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
