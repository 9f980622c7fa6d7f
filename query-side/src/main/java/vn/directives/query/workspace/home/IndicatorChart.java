package vn.directives.query.workspace.home;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.directives.events.directive.Target;
import vn.directives.query.directive.DirectiveSummary;
import vn.directives.query.directive.DirectiveSummaryRepository;
import vn.directives.query.directive.DirectiveView;
import vn.directives.query.enterprise.IndicatorValue;
import vn.directives.query.enterprise.Indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicators I1–I4 at a date against the targets in force: for each indicator, the target with
 * the latest horizon among the directives not replaced (2030 for 42-CT/TU), so that the chart
 * compares today's picture with what the province set out to reach.
 */
@Component
class IndicatorChart {

    private final Indicators indicators;
    private final DirectiveSummaryRepository directives;

    IndicatorChart(Indicators indicators, DirectiveSummaryRepository directives) {
        this.indicators = indicators;
        this.directives = directives;
    }

    List<Bar> at(LocalDate day) {
        Map<String, Target> targets = new HashMap<>();
        directives.findAll(Sort.by("issuedOn").descending()).stream().map(DirectiveSummary::toView)
                .filter(directive -> directive.replacedByDirectiveId() == null)
                .flatMap(directive -> directive.targets().stream())
                .forEach(target -> targets.merge(target.indicator(), target,
                        (kept, other) -> other.horizonYear() > kept.horizonYear() ? other : kept));
        return indicators.at(day, day.withDayOfYear(1)).indicators().stream()
                .map(value -> bar(value, targets.get(value.code())))
                .toList();
    }

    private static Bar bar(IndicatorValue value, Target target) {
        return new Bar(value.code(), value.label(), value.labelEn(), value.percentage(), value.numerator(),
                value.denominator(), target == null ? null : target.thresholdPercent(),
                target == null ? null : target.horizonYear());
    }

    /** One indicator: its value now (null when nothing is counted) and its target, if a directive sets one. */
    record Bar(String code, String label, String labelEn, BigDecimal percentage, long numerator, long denominator,
               BigDecimal targetPercent, Integer targetYear) {

        public boolean reached() {
            return percentage != null && targetPercent != null && percentage.compareTo(targetPercent) >= 0;
        }
    }
}
