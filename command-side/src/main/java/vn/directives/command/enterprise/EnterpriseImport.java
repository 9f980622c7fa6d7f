package vn.directives.command.enterprise;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.Rules;
import vn.directives.command.infrastructure.CommandDispatcher;
import vn.directives.platform.web.RequestRefused;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Imports a province's enterprise list in two steps. The validation reads every row and reports
 * every problem, changing nothing. The import validates again and, only when no row has a problem,
 * sends one command per row that registers or changes something, all in one transaction: any
 * refusal rolls every row back. A row equal to the registry sends nothing, so importing a file twice
 * adds nothing the second time. The job id is made from the file's bytes.
 */
@Component
class EnterpriseImport {

    private final EnterpriseRegistryLookup lookup;
    private final CommandDispatcher dispatcher;
    private final TransactionTemplate transaction;

    EnterpriseImport(EnterpriseRegistryLookup lookup, CommandDispatcher dispatcher,
                     PlatformTransactionManager transactions,
                     @Value("${directives.command.transaction-timeout-seconds:20}") int timeoutSeconds) {
        this.lookup = lookup;
        this.dispatcher = dispatcher;
        this.transaction = new TransactionTemplate(transactions);
        // bounded like every command's transaction (see EventStoreConfiguration): hence the row limit
        this.transaction.setTimeout(timeoutSeconds);
    }

    ImportReport validate(byte[] file) {
        List<RawRow> rows = ImportFile.read(file);
        CommandContext context = dispatcher.context();
        Rules.requireOrganizationCommittee(context);
        RowValidation validation = validation(rows, context);
        return report(jobId(file), validation, false);
    }

    ImportReport importAll(byte[] file) {
        List<RawRow> rows = ImportFile.read(file);
        CommandContext context = dispatcher.context();
        Rules.requireOrganizationCommittee(context);
        String jobId = jobId(file);
        return transaction.execute(status -> {
            RowValidation validation = validation(rows, context);
            ImportReport report = report(jobId, validation, validation.problems.isEmpty());
            if (!validation.problems.isEmpty()) {
                throw new RequestRefused(HttpStatus.BAD_REQUEST, "import-rows-invalid", "file",
                        validation.problems.size() + " lỗi trong tệp; không dòng nào được nhập.",
                        validation.problems.size() + " problems in the file; no row was imported.")
                        .with("report", report);
            }
            for (PlannedRow row : validation.planned) {
                switch (row.outcome()) {
                    case REGISTER -> dispatcher.dispatch(new RegisterEnterprise(row.taxCode(), row.profile(), jobId,
                            row.effectiveOn(), context));
                    case CHANGE -> dispatcher.dispatch(new ChangeEnterprise(row.taxCode(), null, row.profile(), jobId,
                            row.effectiveOn(), context));
                    case UNCHANGED -> {
                        // the registry already says this: nothing to record
                    }
                }
            }
            return report;
        });
    }

    /** The file is read before the actor's role is checked: a file that is no list is refused alike for all. */
    private RowValidation validation(List<RawRow> rows, CommandContext context) {
        RowValidation validation = new RowValidation(lookup, lookup, lookup, context.today());
        rows.forEach(validation::check);
        return validation;
    }

    private static ImportReport report(String jobId, RowValidation validation, boolean imported) {
        int register = count(validation, PlannedRow.Outcome.REGISTER);
        int change = count(validation, PlannedRow.Outcome.CHANGE);
        int unchanged = count(validation, PlannedRow.Outcome.UNCHANGED);
        int rows = (int) (validation.planned.size() + validation.problems.stream().mapToInt(RowProblem::row)
                .distinct().count());
        return new ImportReport(jobId, rows, register, change, unchanged, List.copyOf(validation.problems), imported);
    }

    private static int count(RowValidation validation, PlannedRow.Outcome outcome) {
        return (int) validation.planned.stream().filter(row -> row.outcome() == outcome).count();
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
