package vn.directives.command.enterprise;

import vn.directives.command.common.CommandContext;
import vn.directives.command.partyorganization.PartyOrganizationDirectory;
import vn.directives.command.partyorganization.PartyOrganizationDirectory.KnownOrganization;
import vn.directives.command.partyorganization.PartyOrganizationImportCommands;
import vn.directives.events.partyorganization.PartyOrganizationKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static vn.directives.command.enterprise.ImportColumn.EFFECTIVE_ON;
import static vn.directives.command.enterprise.ImportColumn.KIND;
import static vn.directives.command.enterprise.ImportColumn.OFFICIAL_MEMBERS;
import static vn.directives.command.enterprise.ImportColumn.ORGANIZATION_NAME;
import static vn.directives.command.enterprise.ImportColumn.PROBATIONARY_MEMBERS;
import static vn.directives.command.enterprise.ImportColumn.SINCE;
import static vn.directives.command.enterprise.ImportColumn.SUPERIOR;
import static vn.directives.command.enterprise.ImportColumn.TAX_CODE;

/**
 * Checks the rows of a list of Party organizations in enterprises and plans what each does: record
 * an organization the enterprise had before (the enterprise must be in the registry: import its
 * list first), re-affiliate a known one whose kind or superior committee differs (from the row's
 * effective date), or nothing. Members of a known organization change by admissions and transfers,
 * not by a list, so a known organization's member counts are not compared.
 */
final class PartyOrganizationRows {

    private static final Map<String, PartyOrganizationKind> KINDS = Map.of(
            "chi bộ cơ sở", PartyOrganizationKind.GRASSROOTS_CELL,
            "đảng bộ cơ sở", PartyOrganizationKind.GRASSROOTS_COMMITTEE,
            "chi bộ trực thuộc", PartyOrganizationKind.CELL_UNDER_GRASSROOTS_COMMITTEE,
            "chi bộ trực thuộc đảng ủy cơ sở", PartyOrganizationKind.CELL_UNDER_GRASSROOTS_COMMITTEE,
            "grassroots_cell", PartyOrganizationKind.GRASSROOTS_CELL,
            "grassroots_committee", PartyOrganizationKind.GRASSROOTS_COMMITTEE,
            "cell_under_grassroots_committee", PartyOrganizationKind.CELL_UNDER_GRASSROOTS_COMMITTEE);

    private final EnterpriseRegistry registry;
    private final PartyOrganizationDirectory organizations;
    private final String importJobId;
    private final CommandContext context;
    private final Map<String, Integer> seenTaxCodes = new HashMap<>();
    private final Map<LocalDate, Map<String, List<String>>> unitsByDate = new HashMap<>();
    private Map<String, RegistryEntry> known = Map.of();
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<PlannedRow> planned = new ArrayList<>();

    PartyOrganizationRows(EnterpriseRegistry registry, PartyOrganizationDirectory organizations, String importJobId,
                          CommandContext context) {
        this.registry = registry;
        this.organizations = organizations;
        this.importJobId = importJobId;
        this.context = context;
    }

    CheckedRows check(List<RawRow> rows) {
        known = registry.entries(TaxCode.readable(rows.stream().map(row -> row.value(TAX_CODE))));
        rows.forEach(this::check);
        return new CheckedRows(problems, planned);
    }

    private void check(RawRow row) {
        List<RowProblem> found = new ArrayList<>(row.problems());
        int n = row.number();
        Optional<RegistryEntry> enterprise = enterprise(row, found);
        String name = RowValidation.required(row, ORGANIZATION_NAME, found);
        PartyOrganizationKind kind = kind(row, found);
        Integer official = count(row, OFFICIAL_MEMBERS, found);
        Integer probationary = count(row, PROBATIONARY_MEMBERS, found);
        LocalDate since = date(row, SINCE, found);
        LocalDate effectiveOn = row.value(EFFECTIVE_ON).isEmpty() ? context.today() : date(row, EFFECTIVE_ON, found);
        Optional<KnownOrganization> known = enterprise.flatMap(e -> organizations.ofEnterprise(e.taxCode()));
        LocalDate committeeOn = known.isPresent() ? effectiveOn : since;
        String superior = committeeOn == null ? null : superior(row, committeeOn, found);
        if (!found.isEmpty() || enterprise.isEmpty()) {
            problems.addAll(found);
            return;
        }
        String taxCode = enterprise.get().taxCode();
        if (known.isEmpty()) {
            planned.add(new PlannedRow(n, PlannedRow.Outcome.REGISTER, PartyOrganizationImportCommands.recordExisting(
                    UUID.randomUUID().toString(), taxCode, enterprise.get().profile().name(), name, kind, superior,
                    official, probationary, since, importJobId, context)));
        } else if (known.get().kind() == kind && Objects.equals(known.get().superiorCommitteeUnitId(), superior)) {
            planned.add(new PlannedRow(n, PlannedRow.Outcome.UNCHANGED, null));
        } else {
            planned.add(new PlannedRow(n, PlannedRow.Outcome.CHANGE, PartyOrganizationImportCommands.changeAffiliation(
                    known.get().partyOrganizationId(), kind, superior, effectiveOn, context)));
        }
    }

    /** An enterprise of the registry, not ceased, named once in the file. */
    private Optional<RegistryEntry> enterprise(RawRow row, List<RowProblem> found) {
        Optional<String> code = ListedEnterprise.taxCode(row, found);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        ListedEnterprise.onceInFile(row, code.get(), seenTaxCodes, found);
        Optional<RegistryEntry> entry = ListedEnterprise.registered(row, code.get(), known, found);
        if (entry.isPresent() && entry.get().ceased()) {
            found.add(ListedEnterprise.ceased(row, code.get()));
        }
        return entry.filter(e -> !e.ceased());
    }

    private static PartyOrganizationKind kind(RawRow row, List<RowProblem> found) {
        String text = RowValidation.required(row, KIND, found);
        if (text.isEmpty()) {
            return null;
        }
        PartyOrganizationKind kind = KINDS.get(ImportColumn.key(text));
        if (kind == null) {
            found.add(RowProblem.of(row.number(), KIND, "unknown-value",
                    "Loại tổ chức đảng phải là 'Chi bộ cơ sở', 'Đảng bộ cơ sở' hoặc 'Chi bộ trực thuộc đảng ủy cơ sở'.",
                    "The kind must be a grassroots cell, a grassroots committee or a cell under a grassroots"
                            + " committee."));
        }
        return kind;
    }

    /** A unit by its id, or by the name it bore on the date when exactly one bore it. */
    private String superior(RawRow row, LocalDate on, List<RowProblem> found) {
        String text = RowValidation.required(row, SUPERIOR, found);
        if (text.isEmpty()) {
            return null;
        }
        if (organizations.isUnit(text, on)) {
            return text;
        }
        List<String> named = unitsByDate.computeIfAbsent(on, day -> organizations.unitsByName(day, ImportColumn::key))
                .getOrDefault(ImportColumn.key(text), List.of());
        if (named.size() == 1) {
            return named.get(0);
        }
        found.add(named.isEmpty()
                ? RowProblem.of(row.number(), SUPERIOR, "unknown-superior-committee",
                        "Không có cấp ủy '" + text + "' vào ngày " + on + ".",
                        "No committee '" + text + "' exists on " + on + ".")
                : RowProblem.of(row.number(), SUPERIOR, "ambiguous-superior-committee",
                        "Có nhiều đơn vị tên '" + text + "'; hãy ghi mã đơn vị.",
                        "Several units are named '" + text + "'; give the unit id."));
        return null;
    }

    private static Integer count(RawRow row, ImportColumn column, List<RowProblem> found) {
        String text = RowValidation.required(row, column, found);
        if (text.isEmpty()) {
            return null;
        }
        Optional<Integer> count = ImportValues.workers(text);
        if (count.isEmpty() || count.get() < 0) {
            found.add(RowProblem.of(row.number(), column, "whole-number",
                    "Cột '" + column.header + "' phải là số nguyên không âm.",
                    "Column '" + column.header + "' must be a whole number, not negative."));
            return null;
        }
        return count.get();
    }

    private LocalDate date(RawRow row, ImportColumn column, List<RowProblem> found) {
        String text = RowValidation.required(row, column, found);
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = ImportValues.date(text);
        if (date.isEmpty()) {
            found.add(RowProblem.of(row.number(), column, "date-format", "Ngày phải có dạng dd/MM/yyyy.",
                    "A date must read dd/MM/yyyy."));
            return null;
        }
        if (date.get().isAfter(context.today())) {
            found.add(RowProblem.of(row.number(), column, "not-in-future", "Ngày không được ở tương lai.",
                    "The date cannot be in the future."));
        }
        return date.get();
    }
}
