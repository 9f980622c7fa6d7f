package vn.directives.command.enterprise;

import vn.directives.command.common.CommandContext;
import vn.directives.command.common.RuleViolation;
import vn.directives.events.enterprise.EnterpriseProfile;
import vn.directives.events.enterprise.OperatingStatus;
import vn.directives.events.survey.Ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.directives.command.enterprise.ImportColumn.ADDRESS;
import static vn.directives.command.enterprise.ImportColumn.COMMUNE;
import static vn.directives.command.enterprise.ImportColumn.EFFECTIVE_ON;
import static vn.directives.command.enterprise.ImportColumn.NAME;
import static vn.directives.command.enterprise.ImportColumn.OWNERSHIP;
import static vn.directives.command.enterprise.ImportColumn.STATUS;
import static vn.directives.command.enterprise.ImportColumn.TAX_CODE;
import static vn.directives.command.enterprise.ImportColumn.WORKERS;
import static vn.directives.command.enterprise.ImportColumn.ZONE;

/**
 * Checks the rows of an enterprise list against the rules of the registry and what it holds now,
 * every problem of every row reported (not only the first), and plans the command of each valid
 * row. The rules are those of {@link Enterprise}, with the same names, so that a row refused here
 * would be refused there too. The registry is read once for all the rows' tax codes, and the
 * communes once per date, not once per row: a list has tens of thousands of rows.
 */
final class RowValidation {

    private final EnterpriseRegistry registry;
    private final CommuneNames communeNames;
    private final String importJobId;
    private final CommandContext context;
    private final LocalDate today;
    private final Map<String, Integer> seenTaxCodes = new HashMap<>();
    private final Map<LocalDate, Map<String, List<String>>> communesByDate = new HashMap<>();
    private final Map<LocalDate, Set<String>> communeIdsByDate = new HashMap<>();
    private Map<String, RegistryEntry> known = Map.of();
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<PlannedRow> planned = new ArrayList<>();

    RowValidation(EnterpriseRegistry registry, CommuneNames communeNames, String importJobId,
                  CommandContext context) {
        this.registry = registry;
        this.communeNames = communeNames;
        this.importJobId = importJobId;
        this.context = context;
        this.today = context.today();
    }

    CheckedRows check(List<RawRow> rows) {
        known = registry.entries(TaxCode.readable(rows.stream().map(row -> row.value(TAX_CODE))));
        rows.forEach(this::check);
        return new CheckedRows(problems, planned);
    }

    private void check(RawRow row) {
        List<RowProblem> found = new ArrayList<>(row.problems());
        int n = row.number();
        String taxCode = taxCode(row, found);
        String name = required(row, NAME, found);
        String address = required(row, ADDRESS, found);
        LocalDate on = effectiveOn(row, found);
        String commune = commune(row, on, found);
        Ownership ownership = ownership(row, found);
        Integer workers = workers(row, found);
        OperatingStatus status = ImportValues.status(row.value(STATUS)).orElse(null);
        if (status == null) {
            found.add(RowProblem.of(n, STATUS, "unknown-value", "Tình trạng phải là 'Đang hoạt động' hoặc 'Tạm ngừng'.",
                    "Status must be 'Đang hoạt động' (operating) or 'Tạm ngừng' (suspended)."));
        }
        if (!found.isEmpty()) {
            problems.addAll(found);
            return;
        }
        String zone = row.value(ZONE).isEmpty() ? null : row.value(ZONE);
        EnterpriseProfile profile = new EnterpriseProfile(name, address, commune, zone, ownership, workers, status);
        plan(n, taxCode, profile, on);
    }

    private void plan(int n, String taxCode, EnterpriseProfile profile, LocalDate on) {
        RegistryEntry entry = known.get(taxCode);
        if (entry == null) {
            planned.add(new PlannedRow(n, PlannedRow.Outcome.REGISTER,
                    new RegisterEnterprise(taxCode, profile, importJobId, on, context)));
            return;
        }
        if (entry.profile().equals(profile)) {
            planned.add(new PlannedRow(n, PlannedRow.Outcome.UNCHANGED, null));
        } else if (entry.ceased()) {
            problems.add(RowProblem.of(n, TAX_CODE, "enterprise-ceased",
                    "Doanh nghiệp đã chấm dứt hoạt động; không thể thay đổi.",
                    "The enterprise has ceased; nothing can change any more."));
        } else if (on.isBefore(entry.lastChangeOn())) {
            problems.add(RowProblem.of(n, EFFECTIVE_ON, "not-before-last-change",
                    "Ngày hiệu lực không được trước lần thay đổi gần nhất (" + entry.lastChangeOn() + ").",
                    "The effective date cannot precede the last change (" + entry.lastChangeOn() + ")."));
        } else {
            planned.add(new PlannedRow(n, PlannedRow.Outcome.CHANGE,
                    new ChangeEnterprise(taxCode, null, profile, importJobId, on, context)));
        }
    }

    private String taxCode(RawRow row, List<RowProblem> found) {
        try {
            String code = TaxCode.checked(row.value(TAX_CODE));
            ListedEnterprise.onceInFile(row, code, seenTaxCodes, found);
            return code;
        } catch (RuleViolation violation) {
            found.add(RowProblem.of(row.number(), TAX_CODE, violation.rule(), violation.messageVi(),
                    violation.messageEn()));
            return null;
        }
    }

    static String required(RawRow row, ImportColumn column, List<RowProblem> found) {
        String value = row.value(column);
        boolean unread = found.stream().anyMatch(problem -> column.field.equals(problem.field()));
        if (value.isEmpty() && !unread) {
            found.add(RowProblem.of(row.number(), column, "required", "Cột '" + column.header + "' không được để trống.",
                    "Column '" + column.header + "' must not be blank."));
        }
        return value;
    }

    private LocalDate effectiveOn(RawRow row, List<RowProblem> found) {
        String text = row.value(EFFECTIVE_ON);
        if (text.isEmpty()) {
            return today;
        }
        Optional<LocalDate> date = ImportValues.date(text);
        if (date.isEmpty()) {
            found.add(RowProblem.of(row.number(), EFFECTIVE_ON, "date-format",
                    "Ngày phải có dạng dd/MM/yyyy.", "A date must read dd/MM/yyyy."));
            return today;
        }
        if (date.get().isAfter(today)) {
            found.add(RowProblem.of(row.number(), EFFECTIVE_ON, "not-in-future", "Ngày không được ở tương lai.",
                    "The date cannot be in the future."));
        }
        return date.get();
    }

    /** A commune or ward by its unit id, or by the name it bore on the date when exactly one bore it. */
    private String commune(RawRow row, LocalDate on, List<RowProblem> found) {
        String text = required(row, COMMUNE, found);
        if (text.isEmpty()) {
            return null;
        }
        if (communeIdsByDate.computeIfAbsent(on, communeNames::communesAndWards).contains(text)) {
            return text;
        }
        List<String> named = communesByDate.computeIfAbsent(on, communeNames::byName)
                .getOrDefault(ImportColumn.key(text), List.of());
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            found.add(RowProblem.of(row.number(), COMMUNE, "unknown-commune",
                    "Không có xã, phường '" + text + "' vào ngày " + on + ".",
                    "No commune or ward '" + text + "' exists on " + on + "."));
        } else {
            found.add(RowProblem.of(row.number(), COMMUNE, "ambiguous-commune",
                    "Có nhiều xã, phường tên '" + text + "'; hãy ghi mã đơn vị.",
                    "Several communes or wards are named '" + text + "'; give the unit id."));
        }
        return null;
    }

    private static Ownership ownership(RawRow row, List<RowProblem> found) {
        String text = required(row, OWNERSHIP, found);
        if (text.isEmpty()) {
            return null;
        }
        Optional<Ownership> ownership = ImportValues.ownership(text);
        if (ownership.isEmpty()) {
            found.add(RowProblem.of(row.number(), OWNERSHIP, "unknown-value",
                    "Loại hình phải là 'Tư nhân', 'Có vốn đầu tư nước ngoài' hoặc"
                            + " 'Cổ phần có vốn nhà nước không chi phối'.",
                    "Ownership must be private, foreign-invested or joint-stock with a minority state share."));
        }
        return ownership.orElse(null);
    }

    private static Integer workers(RawRow row, List<RowProblem> found) {
        String text = required(row, WORKERS, found);
        if (text.isEmpty()) {
            return null;
        }
        Optional<Integer> workers = ImportValues.workers(text);
        if (workers.isEmpty()) {
            found.add(RowProblem.of(row.number(), WORKERS, "whole-number", "Số lao động phải là số nguyên.",
                    "Workers must be a whole number."));
            return null;
        }
        if (workers.get() < 0) {
            found.add(RowProblem.of(row.number(), WORKERS, "not-negative", "Số lao động không được âm.",
                    "The number of workers cannot be negative."));
        }
        return workers.get();
    }
}
