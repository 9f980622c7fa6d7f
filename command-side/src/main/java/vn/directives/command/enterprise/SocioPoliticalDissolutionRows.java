package vn.directives.command.enterprise;

import vn.directives.command.common.CommandContext;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.directives.command.enterprise.ImportColumn.DISSOLUTION_REASON;
import static vn.directives.command.enterprise.ImportColumn.DISSOLVED_ON;
import static vn.directives.command.enterprise.ImportColumn.SOCIO_POLITICAL_KIND;
import static vn.directives.command.enterprise.ImportColumn.TAX_CODE;

/**
 * Checks the rows of a list of socio-political organizations dissolved (one a row: the enterprise's tax
 * code, which organization, the day, the reason) and plans what each does: record the dissolution of an
 * organization the enterprise has; nothing when the registry already holds that organization dissolved on
 * that day (so a list imported twice adds nothing; the reason is not compared); a problem when the
 * enterprise has none of the kind ({@code organization-kind-absent}, as the aggregate would refuse it). The
 * enterprise must be in the registry and not ceased, and its facts follow one another in date order. The
 * registry and its organizations are read once for all the rows.
 */
final class SocioPoliticalDissolutionRows {

    private final EnterpriseRegistry registry;
    private final SocioPoliticalOrganizations organizations;
    private final CommandContext context;
    private final Map<String, Integer> seen = new HashMap<>();
    /** The last date planned so far for each enterprise: its rows are applied in file order. */
    private final Map<String, LocalDate> plannedOn = new HashMap<>();
    private Map<String, RegistryEntry> known = Map.of();
    private Map<String, Map<SocioPoliticalOrganizationKind, Integer>> existing = Map.of();
    private Map<String, Map<SocioPoliticalOrganizationKind, LocalDate>> dissolved = Map.of();
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<PlannedRow> planned = new ArrayList<>();

    SocioPoliticalDissolutionRows(EnterpriseRegistry registry, SocioPoliticalOrganizations organizations,
                                  CommandContext context) {
        this.registry = registry;
        this.organizations = organizations;
        this.context = context;
    }

    CheckedRows check(List<RawRow> rows) {
        Set<String> taxCodes = TaxCode.readable(rows.stream().map(row -> row.value(TAX_CODE)));
        known = registry.entries(taxCodes);
        existing = organizations.of(known.keySet());
        dissolved = organizations.dissolvedOn(known.keySet());
        rows.forEach(this::check);
        return new CheckedRows(problems, planned);
    }

    private void check(RawRow row) {
        List<RowProblem> found = new ArrayList<>(row.problems());
        Optional<String> taxCode = ListedEnterprise.taxCode(row, found);
        SocioPoliticalOrganizationKind kind = SocioPoliticalOrganizationRows.kind(row, found);
        LocalDate on = ListedEnterprise.requiredDate(row, DISSOLVED_ON, context.today(), found);
        String reason = RowValidation.required(row, DISSOLUTION_REASON, found);
        Optional<RegistryEntry> enterprise = taxCode.flatMap(code -> ListedEnterprise.registered(row, code, known,
                found));
        if (taxCode.isPresent() && kind != null) {
            Integer first = seen.putIfAbsent(taxCode.get() + "/" + kind, row.number());
            if (first != null) {
                found.add(RowProblem.of(row.number(), SOCIO_POLITICAL_KIND, "duplicate-in-file",
                        "Tổ chức này của doanh nghiệp đã có ở dòng " + first + " của tệp.",
                        "This organization of the enterprise is already on row " + first + " of the file."));
            }
        }
        if (enterprise.isPresent() && enterprise.get().ceased()) {
            found.add(ListedEnterprise.ceased(row, enterprise.get().taxCode()));
        }
        if (found.isEmpty()) {
            plan(row, enterprise.orElseThrow(), kind, on, reason, found);
        }
        problems.addAll(found);
    }

    private void plan(RawRow row, RegistryEntry enterprise, SocioPoliticalOrganizationKind kind, LocalDate on,
                      String reason, List<RowProblem> found) {
        String taxCode = enterprise.taxCode();
        if (!existing.getOrDefault(taxCode, Map.of()).containsKey(kind)) {
            if (on.equals(dissolved.getOrDefault(taxCode, Map.of()).get(kind))) {
                planned.add(new PlannedRow(row.number(), PlannedRow.Outcome.UNCHANGED, null));
            } else {
                found.add(RowProblem.of(row.number(), SOCIO_POLITICAL_KIND, "organization-kind-absent",
                        "Doanh nghiệp " + taxCode + " không có tổ chức loại này để giải thể.",
                        "Enterprise " + taxCode + " has no organization of this kind to dissolve."));
            }
            return;
        }
        LocalDate lastChange = plannedOn.getOrDefault(taxCode, enterprise.lastChangeOn());
        if (ListedEnterprise.notBeforeLastChange(row, DISSOLVED_ON, on, lastChange, found)) {
            planned.add(new PlannedRow(row.number(), PlannedRow.Outcome.CHANGE,
                    new DissolveSocioPoliticalOrganization(taxCode, null, kind, reason, on, context)));
            plannedOn.put(taxCode, on);
        }
    }
}
