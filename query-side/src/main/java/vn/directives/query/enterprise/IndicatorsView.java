package vn.directives.query.enterprise;

import java.time.LocalDate;
import java.util.List;

/** I1-I4 at the end of {@code at}; admissions count for I4 from {@code admissionsFrom} to {@code at}. */
public record IndicatorsView(LocalDate at, LocalDate admissionsFrom, List<IndicatorValue> indicators) {
}
