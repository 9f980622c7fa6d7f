package vn.directives.command.enterprise;

import vn.directives.command.common.CommandContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.directives.command.enterprise.ImportColumn.CEASED_ON;
import static vn.directives.command.enterprise.ImportColumn.REASON;
import static vn.directives.command.enterprise.ImportColumn.TAX_CODE;

/**
 * Checks the rows of a list of enterprises that ceased (giải thể, phá sản, sáp nhập…: the tax code,
 * the day, the reason) and plans what each does: record the cessation of an enterprise of the
 * registry on its day; nothing for one the registry already holds as ceased that day (so a list
 * imported twice adds nothing); a problem for one it holds as ceased another day, since an
 * enterprise ceases once. The reason of a cessation already recorded is not compared.
 */
final class CessationRows {

    private final EnterpriseRegistry registry;
    private final CommandContext context;
    private final Map<String, Integer> seen = new HashMap<>();
    private Map<String, RegistryEntry> known = Map.of();
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<PlannedRow> planned = new ArrayList<>();

    CessationRows(EnterpriseRegistry registry, CommandContext context) {
        this.registry = registry;
        this.context = context;
    }

    CheckedRows check(List<RawRow> rows) {
        known = registry.entries(TaxCode.readable(rows.stream().map(row -> row.value(TAX_CODE))));
        rows.forEach(this::check);
        return new CheckedRows(problems, planned);
    }

    private void check(RawRow row) {
        List<RowProblem> found = new ArrayList<>(row.problems());
        Optional<String> taxCode = ListedEnterprise.taxCode(row, found);
        LocalDate on = ListedEnterprise.requiredDate(row, CEASED_ON, context.today(), found);
        String reason = RowValidation.required(row, REASON, found);
        taxCode.ifPresent(code -> ListedEnterprise.onceInFile(row, code, seen, found));
        Optional<RegistryEntry> enterprise = taxCode.flatMap(code -> ListedEnterprise.registered(row, code, known,
                found));
        if (found.isEmpty()) {
            plan(row, enterprise.orElseThrow(), on, reason, found);
        }
        problems.addAll(found);
    }

    private void plan(RawRow row, RegistryEntry enterprise, LocalDate on, String reason, List<RowProblem> found) {
        if (enterprise.ceased() && enterprise.lastChangeOn().equals(on)) {
            planned.add(new PlannedRow(row.number(), PlannedRow.Outcome.UNCHANGED, null));
        } else if (enterprise.ceased()) {
            found.add(RowProblem.of(row.number(), CEASED_ON, "enterprise-ceased",
                    "Doanh nghiệp " + enterprise.taxCode() + " đã chấm dứt hoạt động từ ngày "
                            + ListedEnterprise.DAY.format(enterprise.lastChangeOn()) + "; không ghi nhận lần nữa.",
                    "Enterprise " + enterprise.taxCode() + " ceased on " + enterprise.lastChangeOn()
                            + "; it ceases once."));
        } else if (ListedEnterprise.notBeforeLastChange(row, CEASED_ON, on, enterprise.lastChangeOn(), found)) {
            planned.add(new PlannedRow(row.number(), PlannedRow.Outcome.CHANGE,
                    new CeaseEnterprise(enterprise.taxCode(), null, reason, on, context)));
        }
    }
}
