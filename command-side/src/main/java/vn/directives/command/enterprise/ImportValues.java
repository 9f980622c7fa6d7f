package vn.directives.command.enterprise;

import vn.directives.events.enterprise.OperatingStatus;
import vn.directives.events.survey.Ownership;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;

/** The words and numbers of a province's lists, as the registry's values. */
final class ImportValues {

    private static final Map<String, Ownership> OWNERSHIPS = Map.ofEntries(
            Map.entry("private", Ownership.PRIVATE),
            Map.entry("tư nhân", Ownership.PRIVATE),
            Map.entry("doanh nghiệp tư nhân", Ownership.PRIVATE),
            Map.entry("foreign_invested", Ownership.FOREIGN_INVESTED),
            Map.entry("fdi", Ownership.FOREIGN_INVESTED),
            Map.entry("có vốn đầu tư nước ngoài", Ownership.FOREIGN_INVESTED),
            Map.entry("doanh nghiệp có vốn đầu tư nước ngoài", Ownership.FOREIGN_INVESTED),
            Map.entry("joint_stock_state_minority", Ownership.JOINT_STOCK_STATE_MINORITY),
            Map.entry("cổ phần có vốn nhà nước không chi phối", Ownership.JOINT_STOCK_STATE_MINORITY),
            Map.entry("công ty cổ phần có vốn nhà nước không chi phối", Ownership.JOINT_STOCK_STATE_MINORITY));

    private static final Map<String, OperatingStatus> STATUSES = Map.of(
            "", OperatingStatus.OPERATING,
            "operating", OperatingStatus.OPERATING,
            "đang hoạt động", OperatingStatus.OPERATING,
            "suspended", OperatingStatus.SUSPENDED,
            "tạm ngừng", OperatingStatus.SUSPENDED,
            "tạm ngừng kinh doanh", OperatingStatus.SUSPENDED);

    private static final DateTimeFormatter VIETNAMESE_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ImportValues() {
    }

    static Optional<Ownership> ownership(String text) {
        return Optional.ofNullable(OWNERSHIPS.get(ImportColumn.key(text)));
    }

    static Optional<OperatingStatus> status(String text) {
        return Optional.ofNullable(STATUSES.get(ImportColumn.key(text)));
    }

    /** A whole number of workers; thousands may be grouped with dots or commas ("1.250"). */
    static Optional<Integer> workers(String text) {
        String digits = text.matches("\\d{1,3}([.,]\\d{3})+") ? text.replaceAll("[.,]", "") : text;
        if (!digits.matches("-?\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }

    /** A date as dd/MM/yyyy (what people type) or yyyy-MM-dd (what a date cell gives). */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
