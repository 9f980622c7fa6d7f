package vn.directives.command.enterprise;

import vn.directives.command.common.CommandContext;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.directives.command.enterprise.ImportColumn.EFFECTIVE_ON;
import static vn.directives.command.enterprise.ImportColumn.MEMBERS;
import static vn.directives.command.enterprise.ImportColumn.SINCE;
import static vn.directives.command.enterprise.ImportColumn.SOCIO_POLITICAL_KIND;
import static vn.directives.command.enterprise.ImportColumn.TAX_CODE;

/**
 * Checks the rows of a list of socio-political organizations in enterprises (one organization a
 * row: the enterprise's tax code, which organization, its members, the day it was founded) and
 * plans what each does: found it from {@code Ngày thành lập} when the enterprise has none of the
 * kind; record its members from {@code Ngày hiệu lực} (blank: today) when they differ from those
 * the registry holds, never a second organization of the kind; nothing when they are the same. The
 * enterprise must be in the registry and not ceased. The registry and its organizations are read
 * once for all the rows.
 */
final class SocioPoliticalOrganizationRows {

    private static final Map<String, SocioPoliticalOrganizationKind> KINDS = Map.ofEntries(
            Map.entry("công đoàn", SocioPoliticalOrganizationKind.TRADE_UNION),
            Map.entry("công đoàn cơ sở", SocioPoliticalOrganizationKind.TRADE_UNION),
            Map.entry("trade_union", SocioPoliticalOrganizationKind.TRADE_UNION),
            Map.entry("đoàn thanh niên", SocioPoliticalOrganizationKind.YOUTH_UNION),
            Map.entry("chi đoàn", SocioPoliticalOrganizationKind.YOUTH_UNION),
            Map.entry("đoàn cơ sở", SocioPoliticalOrganizationKind.YOUTH_UNION),
            Map.entry("youth_union", SocioPoliticalOrganizationKind.YOUTH_UNION),
            Map.entry("hội phụ nữ", SocioPoliticalOrganizationKind.WOMENS_UNION),
            Map.entry("chi hội phụ nữ", SocioPoliticalOrganizationKind.WOMENS_UNION),
            Map.entry("womens_union", SocioPoliticalOrganizationKind.WOMENS_UNION),
            Map.entry("hội cựu chiến binh", SocioPoliticalOrganizationKind.VETERANS_ASSOCIATION),
            Map.entry("chi hội cựu chiến binh", SocioPoliticalOrganizationKind.VETERANS_ASSOCIATION),
            Map.entry("veterans_association", SocioPoliticalOrganizationKind.VETERANS_ASSOCIATION));

    private final EnterpriseRegistry registry;
    private final SocioPoliticalOrganizations organizations;
    private final CommandContext context;
    private final Map<String, Integer> seen = new HashMap<>();
    /** The last date planned so far for each enterprise: its rows are applied in file order. */
    private final Map<String, LocalDate> plannedOn = new HashMap<>();
    private Map<String, RegistryEntry> known = Map.of();
    private Map<String, Map<SocioPoliticalOrganizationKind, Integer>> existing = Map.of();
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<PlannedRow> planned = new ArrayList<>();

    SocioPoliticalOrganizationRows(EnterpriseRegistry registry, SocioPoliticalOrganizations organizations,
                                   CommandContext context) {
        this.registry = registry;
        this.organizations = organizations;
        this.context = context;
    }

    CheckedRows check(List<RawRow> rows) {
        java.util.Set<String> taxCodes = TaxCode.readable(rows.stream().map(row -> row.value(TAX_CODE)));
        known = registry.entries(taxCodes);
        existing = organizations.of(known.keySet());
        rows.forEach(this::check);
        return new CheckedRows(problems, planned);
    }

    private void check(RawRow row) {
        List<RowProblem> found = new ArrayList<>(row.problems());
        LocalDate today = context.today();
        Optional<String> taxCode = ListedEnterprise.taxCode(row, found);
        SocioPoliticalOrganizationKind kind = kind(row, found);
        Integer members = members(row, found);
        LocalDate since = ListedEnterprise.requiredDate(row, SINCE, today, found);
        LocalDate effectiveOn = ListedEnterprise.dateOrToday(row, EFFECTIVE_ON, today, found);
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
            plan(row, enterprise.orElseThrow(), kind, members, since, effectiveOn, found);
        }
        problems.addAll(found);
    }

    private void plan(RawRow row, RegistryEntry enterprise, SocioPoliticalOrganizationKind kind, int members,
                      LocalDate since, LocalDate effectiveOn, List<RowProblem> found) {
        String taxCode = enterprise.taxCode();
        Integer now = existing.getOrDefault(taxCode, Map.of()).get(kind);
        LocalDate lastChange = plannedOn.getOrDefault(taxCode, enterprise.lastChangeOn());
        if (now == null) {
            if (ListedEnterprise.notBeforeLastChange(row, SINCE, since, lastChange, found)) {
                planned.add(new PlannedRow(row.number(), PlannedRow.Outcome.REGISTER,
                        new FoundSocioPoliticalOrganization(taxCode, null, kind, members, since, context)));
                plannedOn.put(taxCode, since);
            }
        } else if (now == members) {
            planned.add(new PlannedRow(row.number(), PlannedRow.Outcome.UNCHANGED, null));
        } else if (ListedEnterprise.notBeforeLastChange(row, EFFECTIVE_ON, effectiveOn, lastChange, found)) {
            planned.add(new PlannedRow(row.number(), PlannedRow.Outcome.CHANGE,
                    new ChangeSocioPoliticalOrganizationMembers(taxCode, null, kind, members, effectiveOn, context)));
            plannedOn.put(taxCode, effectiveOn);
        }
    }

    /** The organization a row names, in the words of the lists or by its code; a problem when none or unknown. */
    static SocioPoliticalOrganizationKind kind(RawRow row, List<RowProblem> found) {
        String text = RowValidation.required(row, SOCIO_POLITICAL_KIND, found);
        if (text.isEmpty()) {
            return null;
        }
        SocioPoliticalOrganizationKind kind = KINDS.get(ImportColumn.key(text));
        if (kind == null) {
            found.add(RowProblem.of(row.number(), SOCIO_POLITICAL_KIND, "unknown-value",
                    "Tổ chức phải là 'Công đoàn cơ sở', 'Chi đoàn', 'Chi hội phụ nữ' hoặc 'Chi hội cựu chiến binh'.",
                    "The organization must be a trade union, a Youth Union branch, a Women's Union branch or a"
                            + " Veterans' Association branch."));
        }
        return kind;
    }

    private static Integer members(RawRow row, List<RowProblem> found) {
        String text = RowValidation.required(row, MEMBERS, found);
        if (text.isEmpty()) {
            return null;
        }
        Optional<Integer> members = ImportValues.workers(text);
        if (members.isEmpty()) {
            found.add(RowProblem.of(row.number(), MEMBERS, "whole-number", "Số thành viên phải là số nguyên.",
                    "Members must be a whole number."));
            return null;
        }
        if (members.get() < 0) {
            found.add(RowProblem.of(row.number(), MEMBERS, "not-negative", "Số thành viên không được âm.",
                    "The number of members cannot be negative."));
            return null;
        }
        return members.get();
    }
}
