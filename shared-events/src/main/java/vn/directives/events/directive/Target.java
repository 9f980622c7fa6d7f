package vn.directives.events.directive;

import java.math.BigDecimal;

/**
 * A target (chỉ tiêu) to reach by a horizon year: the indicator it is measured by
 * (I1..I4 of domain.md) and the threshold, a percentage.
 */
public record Target(String indicator, String description, BigDecimal thresholdPercent, int horizonYear) {
}
