package vn.directives.command.enterprise;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.Rules;
import vn.directives.command.infrastructure.CommandDispatcher;
import vn.directives.command.partyorganization.PartyOrganizationDirectory;
import vn.directives.platform.web.RequestRefused;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Imports a province's enterprise list, or its list of the Party organizations in enterprises
 * ({@link PartyOrganizationRows}), in two steps. The validation reads every row and reports
 * every problem, changing nothing. The import validates again and, only when no row has a problem,
 * sends one command per row that registers or changes something, all in one transaction: any
 * refusal rolls every row back. A row equal to the registry sends nothing, so importing a file twice
 * adds nothing the second time. The job id is made from the file's bytes.
 */
@Component
class EnterpriseImport {

    private final EnterpriseRegistryLookup lookup;
    private final PartyOrganizationDirectory organizations;
    private final CommandDispatcher dispatcher;
    private final TransactionTemplate transaction;

    EnterpriseImport(EnterpriseRegistryLookup lookup, PartyOrganizationDirectory organizations,
                     CommandDispatcher dispatcher,
                     PlatformTransactionManager transactions,
                     @Value("${directives.command.transaction-timeout-seconds:20}") int timeoutSeconds) {
        this.lookup = lookup;
        this.organizations = organizations;
        this.dispatcher = dispatcher;
        this.transaction = new TransactionTemplate(transactions);
        // bounded like every command's transaction (see EventStoreConfiguration): hence the row limit
        this.transaction.setTimeout(timeoutSeconds);
    }

    ImportReport validate(byte[] file) {
        List<RawRow> rows = ImportFile.read(file);
        CommandContext context = dispatcher.context();
        Rules.requireOrganizationCommittee(context);
        String jobId = jobId(file);
        if (isPartyOrganizationList(rows)) {
            return report(jobId, partyOrganizations(rows, jobId, context), false);
        }
        RowValidation validation = validation(rows, context);
        return report(jobId, validation, false);
    }

    ImportReport importAll(byte[] file) {
        List<RawRow> rows = ImportFile.read(file);
        CommandContext context = dispatcher.context();
        Rules.requireOrganizationCommittee(context);
        String jobId = jobId(file);
        if (isPartyOrganizationList(rows)) {
            return transaction.execute(status -> importPartyOrganizations(rows, jobId, context));
        }
        return transaction.execute(status -> {
            RowValidation validation = validation(rows, context);
            ImportReport report = report(jobId, validation, validation.problems.isEmpty());
            if (!validation.problems.isEmpty()) {
                throw invalidRows(report);
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

    private ImportReport importPartyOrganizations(List<RawRow> rows, String jobId, CommandContext context) {
        PartyOrganizationRows validation = partyOrganizations(rows, jobId, context);
        ImportReport report = report(jobId, validation, validation.problems.isEmpty());
        if (!validation.problems.isEmpty()) {
            throw invalidRows(report);
        }
        validation.planned.stream().filter(row -> row.command() != null)
                .forEach(row -> dispatcher.dispatch(row.command()));
        return report;
    }

    private static RequestRefused invalidRows(ImportReport report) {
        return new RequestRefused(HttpStatus.BAD_REQUEST, "import-rows-invalid", "file",
                report.problems().size() + " lỗi trong tệp; không dòng nào được nhập.",
                report.problems().size() + " problems in the file; no row was imported.")
                .with("report", report);
    }

    private static boolean isPartyOrganizationList(List<RawRow> rows) {
        return !rows.isEmpty() && rows.get(0).list() == ImportColumn.ListKind.PARTY_ORGANIZATIONS;
    }

    private PartyOrganizationRows partyOrganizations(List<RawRow> rows, String jobId, CommandContext context) {
        PartyOrganizationRows validation = new PartyOrganizationRows(lookup, organizations, jobId, context);
        rows.forEach(validation::check);
        return validation;
    }

    private static ImportReport report(String jobId, PartyOrganizationRows validation, boolean imported) {
        List<PlannedRow.Outcome> outcomes = validation.planned.stream().map(PartyOrganizationRows.Planned::outcome)
                .toList();
        return report(jobId, outcomes, validation.problems, imported);
    }

    /** The file is read before the actor's role is checked: a file that is no list is refused alike for all. */
    private RowValidation validation(List<RawRow> rows, CommandContext context) {
        RowValidation validation = new RowValidation(lookup, lookup, lookup, context.today());
        rows.forEach(validation::check);
        return validation;
    }

    private static ImportReport report(String jobId, RowValidation validation, boolean imported) {
        return report(jobId, validation.planned.stream().map(PlannedRow::outcome).toList(), validation.problems,
                imported);
    }

    private static ImportReport report(String jobId, List<PlannedRow.Outcome> outcomes, List<RowProblem> problems,
                                       boolean imported) {
        int rows = (int) (outcomes.size() + problems.stream().mapToInt(RowProblem::row).distinct().count());
        return new ImportReport(jobId, rows, count(outcomes, PlannedRow.Outcome.REGISTER),
                count(outcomes, PlannedRow.Outcome.CHANGE), count(outcomes, PlannedRow.Outcome.UNCHANGED),
                List.copyOf(problems), imported);
    }

    private static int count(List<PlannedRow.Outcome> outcomes, PlannedRow.Outcome outcome) {
        return (int) outcomes.stream().filter(each -> each == outcome).count();
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
