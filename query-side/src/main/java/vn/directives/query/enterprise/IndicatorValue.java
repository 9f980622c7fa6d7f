package vn.directives.query.enterprise;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One indicator at a date: numerator, denominator, and the percentage (null when nothing is counted). */
public record IndicatorValue(String code, String label, String labelEn, String definition, String definitionEn,
                      long numerator, long denominator, BigDecimal percentage) {

    static IndicatorValue of(IndicatorCode code, long numerator, long denominator) {
        BigDecimal percentage = denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return new IndicatorValue(code.name(), code.label, code.labelEn, code.definition, code.definitionEn,
                numerator, denominator, percentage);
    }
}
