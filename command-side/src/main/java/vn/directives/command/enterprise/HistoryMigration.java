package vn.directives.command.enterprise;

import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings in history recorded before the service existed: one of the lists an import takes (the
 * enterprise list, the list of Party organizations), each row a dated fact with the day the older
 * system or list recorded it ({@link OriginalRecording}). The rows are read and checked by the
 * import's own reading and rules ({@link ImportFile}, {@link RowValidation},
 * {@link PartyOrganizationRows}); what a migration adds is the original recording day, the source
 * and the job, carried on every event it causes as metadata ({@link MetadataKeys#RECORDED_ORIGINALLY_ON},
 * {@link MetadataKeys#MIGRATION_SOURCE}, {@link MetadataKeys#IMPORT_JOB}; the confirmer is the
 * event's actor), so that the report as recorded counts a migrated fact from the day it was first
 * recorded, and the audit trail and the report say where it came from. Two steps as for an import:
 * check (nothing stored), then migrate, all rows in one transaction or none. A row equal to what
 * the registry holds sends nothing, so migrating a file twice adds nothing.
 */
@Component
class HistoryMigration {

    private static final int SOURCE_MAX = 300;

    private final ListChecks checks;
    private final CommandDispatcher dispatcher;
    private final TransactionTemplate transaction;

    HistoryMigration(ListChecks checks, CommandDispatcher dispatcher, PlatformTransactionManager transactions,
                     @Value("${directives.command.transaction-timeout-seconds:20}") int timeoutSeconds) {
        this.checks = checks;
        this.dispatcher = dispatcher;
        this.transaction = new TransactionTemplate(transactions);
        // bounded like every command's transaction, as an import's is
        this.transaction.setTimeout(timeoutSeconds);
    }

    MigrationReport validate(byte[] file, String source) {
        return plan(file, source).report(false);
    }

    MigrationReport migrate(byte[] file, String source) {
        return transaction.execute(status -> {
            Plan plan = plan(file, source);
            if (!plan.problems.isEmpty()) {
                MigrationReport report = plan.report(false);
                throw new RequestRefused(HttpStatus.BAD_REQUEST, "import-rows-invalid", "file",
                        report.problems().size() + " lỗi trong tệp; không dòng nào được chuyển.",
                        report.problems().size() + " problems in the file; no row was migrated.")
                        .with("report", report);
            }
            dispatcher.claimBeforeEffect();
            MetaData request = dispatcher.requestMetadata();
            for (Step step : plan.steps) {
                if (step.command() != null) {
                    dispatcher.dispatch(step.command(), request.mergedWith(Map.of(MetadataKeys.RECORDED_ORIGINALLY_ON,
                            step.recordedOriginallyOn().toString(), MetadataKeys.IMPORT_JOB, plan.jobId,
                            MetadataKeys.MIGRATION_SOURCE, plan.source)));
                }
            }
            return plan.report(true);
        });
    }

    /** What one row does: the command (none when it changes nothing) and the day its fact was first recorded. */
    private record Step(int row, PlannedRow.Outcome outcome, Object command, LocalDate recordedOriginallyOn) {
    }

    /** The file read and checked: every problem, and the steps of its valid rows. */
    private record Plan(String jobId, String source, int rows, List<Step> steps, List<RowProblem> problems) {

        MigrationReport report(boolean imported) {
            return new MigrationReport(jobId, source, rows, count(PlannedRow.Outcome.REGISTER),
                    count(PlannedRow.Outcome.CHANGE), count(PlannedRow.Outcome.UNCHANGED), problems, imported);
        }

        private int count(PlannedRow.Outcome outcome) {
            return (int) steps.stream().filter(step -> step.outcome() == outcome).count();
        }
    }

    private Plan plan(byte[] file, String given) {
        List<RawRow> rows = ImportFile.read(file);
        CommandContext context = dispatcher.context();
        Rules.requireOrganizationCommittee(context);
        String source = source(given);
        String jobId = jobId(file);
        CheckedRows checked = checks.check(rows, jobId, context);
        List<RowProblem> problems = new ArrayList<>(checked.problems());
        List<Step> planned = checked.planned().stream()
                .map(row -> new Step(row.row(), row.outcome(), row.command(), null)).toList();
        Map<Integer, RawRow> byNumber = rows.stream().collect(Collectors.toMap(RawRow::number, Function.identity()));
        OriginalRecording recording = new OriginalRecording(context.today());
        for (Step step : planned) {
            RawRow row = byNumber.get(step.row());
            // a row that changes nothing records no fact: only its day's own form is checked
            recording.check(row, step.outcome() == PlannedRow.Outcome.UNCHANGED ? null
                    : OriginalRecording.happened(row, step.outcome(), context.today()));
        }
        // a row refused by the list's rules still has its recording day checked, so every problem shows at once
        rows.stream().filter(row -> planned.stream().noneMatch(step -> step.row() == row.number()))
                .forEach(row -> recording.check(row, null));
        problems.addAll(recording.problems);
        problems.sort(Comparator.comparingInt(RowProblem::row));
        List<Step> steps = planned.stream().map(step -> new Step(step.row(), step.outcome(), step.command(),
                recording.byRow.get(step.row()))).toList();
        return new Plan(jobId, source, rows.size(), steps, List.copyOf(problems));
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

    /** Made from the file's bytes, so the same file is always the same job; apart from imports' ids. */
    private static String jobId(byte[] file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(file);
            return "migration-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
