package vn.directives.command.enterprise;

import vn.directives.command.common.RuleViolation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.directives.command.enterprise.ImportColumn.TAX_CODE;

/**
 * What the lists about enterprises already in the registry (their Party and socio-political
 * organizations, their cessations) check alike: the tax code and that the registry holds it, and the dates of
 * their facts, which the enterprise's own rules bound (not in the future, not before its last change).
 */
final class ListedEnterprise {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ListedEnterprise() {
    }

    /** The row's tax code, checked (format and check digit); empty, with the problem noted, when it is none. */
    static Optional<String> taxCode(RawRow row, List<RowProblem> found) {
        try {
            return Optional.of(TaxCode.checked(row.value(TAX_CODE)));
        } catch (RuleViolation violation) {
            found.add(RowProblem.of(row.number(), TAX_CODE, violation.rule(), violation.messageVi(),
                    violation.messageEn()));
            return Optional.empty();
        }
    }

    /**
     * Notes the row's tax code as seen ({@code seen}: tax code to the first row that named it) and a
     * problem when an earlier row of the file already named it: a list names each enterprise once.
     */
    static void onceInFile(RawRow row, String taxCode, Map<String, Integer> seen, List<RowProblem> found) {
        Integer first = seen.putIfAbsent(taxCode, row.number());
        if (first != null) {
            found.add(RowProblem.of(row.number(), TAX_CODE, "duplicate-in-file",
                    "Mã số thuế trùng với dòng " + first + " của tệp.",
                    "The tax code repeats row " + first + " of the file."));
        }
    }

    /** The registry's enterprise of the tax code; empty, with the problem noted, when it holds none. */
    static Optional<RegistryEntry> registered(RawRow row, String taxCode, Map<String, RegistryEntry> known,
                                              List<RowProblem> found) {
        RegistryEntry entry = known.get(taxCode);
        if (entry == null) {
            found.add(RowProblem.of(row.number(), TAX_CODE, "enterprise-not-registered",
                    "Doanh nghiệp " + taxCode + " chưa có trong sổ theo dõi; hãy nhập danh sách doanh nghiệp trước.",
                    "Enterprise " + taxCode + " is not in the registry; import the enterprise list first."));
        }
        return Optional.ofNullable(entry);
    }

    static RowProblem ceased(RawRow row, String taxCode) {
        return RowProblem.of(row.number(), TAX_CODE, "enterprise-ceased",
                "Doanh nghiệp " + taxCode + " đã chấm dứt hoạt động; không thể thay đổi.",
                "Enterprise " + taxCode + " has ceased; nothing can change any more.");
    }

    /** A date the column must hold, not in the future; null, with the problem noted, when it holds none. */
    static LocalDate requiredDate(RawRow row, ImportColumn column, LocalDate today, List<RowProblem> found) {
        String text = RowValidation.required(row, column, found);
        return text.isEmpty() ? null : date(row, column, text, today, found);
    }

    /** A date the column may hold, not in the future; blank means today. */
    static LocalDate dateOrToday(RawRow row, ImportColumn column, LocalDate today, List<RowProblem> found) {
        String text = row.value(column);
        return text.isEmpty() ? today : date(row, column, text, today, found);
    }

    private static LocalDate date(RawRow row, ImportColumn column, String text, LocalDate today,
                                  List<RowProblem> found) {
        Optional<LocalDate> date = ImportValues.date(text);
        if (date.isEmpty()) {
            found.add(RowProblem.of(row.number(), column, "date-format", "Ngày phải có dạng dd/MM/yyyy.",
                    "A date must read dd/MM/yyyy."));
            return null;
        }
        if (date.get().isAfter(today)) {
            found.add(RowProblem.of(row.number(), column, "not-in-future", "Ngày không được ở tương lai.",
                    "The date cannot be in the future."));
            return null;
        }
        return date.get();
    }

    /** The enterprise's facts follow one another in date order: none before its last change. */
    static boolean notBeforeLastChange(RawRow row, ImportColumn column, LocalDate on, LocalDate lastChangeOn,
                                       List<RowProblem> found) {
        if (on.isBefore(lastChangeOn)) {
            found.add(RowProblem.of(row.number(), column, "not-before-last-change",
                    "Ngày không được trước lần thay đổi gần nhất của doanh nghiệp (" + DAY.format(lastChangeOn) + ").",
                    "The date cannot precede the enterprise's last change (" + lastChangeOn + ")."));
            return false;
        }
        return true;
    }
}
