package vn.directives.command.enterprise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.directives.command.enterprise.ImportColumn.CEASED_ON;
import static vn.directives.command.enterprise.ImportColumn.DISSOLVED_ON;
import static vn.directives.command.enterprise.ImportColumn.EFFECTIVE_ON;
import static vn.directives.command.enterprise.ImportColumn.RECORDED_ORIGINALLY_ON;
import static vn.directives.command.enterprise.ImportColumn.SINCE;

/**
 * The day each row of a migrated list was recorded by the older system or list
 * ({@code Ngày ghi nhận gốc}), checked: a date, not in the future, and not before the fact it
 * records happened (an enterprise row's effective date; a Party organization's founding day when
 * the row records it, its re-affiliation's effective date when it re-affiliates it; a socio-political
 * organization's founding day or its members' effective date; a cessation's day; a roster entry's
 * effective date).
 * A blank cell means the source does not know: the fact is then taken as recorded on the day it
 * became effective, which is what the older records, kept as things happened, would have shown.
 */
final class OriginalRecording {

    private final LocalDate today;
    final List<RowProblem> problems = new ArrayList<>();
    /** The original recording day of every row read without a problem, by row number. */
    final Map<Integer, LocalDate> byRow = new HashMap<>();

    OriginalRecording(LocalDate today) {
        this.today = today;
    }

    /**
     * Checks a row's original recording day against the day its fact happened ({@code happened}:
     * the effective date of what the row records; null when the row has problems of its own).
     */
    void check(RawRow row, LocalDate happened) {
        String text = row.value(RECORDED_ORIGINALLY_ON);
        if (text.isEmpty()) {
            byRow.put(row.number(), happened);
            return;
        }
        Optional<LocalDate> recorded = ImportValues.date(text);
        if (recorded.isEmpty()) {
            problems.add(problem(row, "date-format", "Ngày phải có dạng dd/MM/yyyy.", "A date must read dd/MM/yyyy."));
        } else if (recorded.get().isAfter(today)) {
            problems.add(problem(row, "not-in-future", "Ngày ghi nhận gốc không được ở tương lai.",
                    "The original recording date cannot be in the future."));
        } else if (happened != null && recorded.get().isBefore(happened)) {
            problems.add(problem(row, "recorded-before-effective",
                    "Ngày ghi nhận gốc không được trước ngày sự việc có hiệu lực (" + happened + ").",
                    "The original recording date cannot precede the day the fact took effect (" + happened + ")."));
        } else {
            byRow.put(row.number(), recorded.get());
        }
    }

    /**
     * The day a valid row's fact happens, as the list's rules read it: an enterprise row's effective
     * date (blank: today); a Party or socio-political organization's founding day when the row records
     * it anew, the effective date of its re-affiliation or members (blank: today) when it changes it; the
     * day an enterprise ceased or a socio-political organization was dissolved.
     */
    static LocalDate happened(RawRow row, PlannedRow.Outcome outcome, LocalDate today) {
        ImportColumn column = switch (row.list()) {
            case ENTERPRISES -> EFFECTIVE_ON;
            case PARTY_ORGANIZATIONS, SOCIO_POLITICAL_ORGANIZATIONS ->
                    outcome == PlannedRow.Outcome.REGISTER ? SINCE : EFFECTIVE_ON;
            case CESSATIONS -> CEASED_ON;
            case SOCIO_POLITICAL_DISSOLUTIONS -> DISSOLVED_ON;
            case PARTY_MEMBERS -> EFFECTIVE_ON;
        };
        return ImportValues.date(row.value(column)).orElse(today);
    }

    private static RowProblem problem(RawRow row, String rule, String messageVi, String messageEn) {
        return RowProblem.of(row.number(), RECORDED_ORIGINALLY_ON, rule, messageVi, messageEn);
    }
}
