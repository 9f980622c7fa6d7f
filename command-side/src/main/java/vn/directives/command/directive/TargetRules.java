package vn.directives.command.directive;

import vn.directives.command.common.RuleViolation;
import vn.directives.events.directive.Target;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What makes a list of targets (chỉ tiêu) sound: each is measured by one of the indicators
 * I1..I4 of the yearly report, as a percentage, reached by a year not before the directive was
 * issued; one indicator has at most one threshold per year.
 */
final class TargetRules {

    private static final Set<String> INDICATORS = Set.of("I1", "I2", "I3", "I4");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetRules() {
    }

    static void check(List<Target> targets, int issueYear) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            String field = "targets[" + i + "]";
            if (!INDICATORS.contains(target.indicator())) {
                throw RuleViolation.invalid("unknown-indicator", field + ".indicator",
                        "Chỉ tiêu phải đo bằng một trong các chỉ số I1, I2, I3, I4.",
                        "A target is measured by one of the indicators I1, I2, I3, I4.");
            }
            if (target.description() == null || target.description().isBlank()) {
                throw RuleViolation.invalid("required", field + ".description", "Chỉ tiêu phải có nội dung.",
                        "A target needs a description.");
            }
            BigDecimal threshold = target.thresholdPercent();
            if (threshold == null || threshold.signum() < 0 || threshold.compareTo(HUNDRED) > 0) {
                throw RuleViolation.invalid("threshold-range", field + ".thresholdPercent",
                        "Mức chỉ tiêu là tỷ lệ phần trăm từ 0 đến 100.",
                        "A threshold is a percentage from 0 to 100.");
            }
            if (target.horizonYear() < issueYear) {
                throw RuleViolation.invalid("horizon-before-issue", field + ".horizonYear",
                        "Năm đạt chỉ tiêu không được trước năm ban hành (" + issueYear + ").",
                        "The horizon year cannot precede the year of issue (" + issueYear + ").");
            }
            if (!seen.add(target.indicator() + "/" + target.horizonYear())) {
                throw RuleViolation.invalid("duplicate-target", field,
                        "Chỉ số " + target.indicator() + " đã có chỉ tiêu cho năm " + target.horizonYear() + ".",
                        "Indicator " + target.indicator() + " already has a target for " + target.horizonYear() + ".");
            }
        }
    }

    /** The same targets in any order, thresholds compared by value (15 and 15.0 are the same). */
    static boolean same(List<Target> current, List<Target> proposed) {
        if (current.size() != proposed.size()) {
            return false;
        }
        Map<String, Target> byKey = new HashMap<>();
        current.forEach(target -> byKey.put(target.indicator() + "/" + target.horizonYear(), target));
        return proposed.stream().allMatch(target -> {
            Target existing = byKey.get(target.indicator() + "/" + target.horizonYear());
            return existing != null && existing.description().equals(target.description())
                    && existing.thresholdPercent().compareTo(target.thresholdPercent()) == 0;
        });
    }
}
