package vn.directives.query.enterprise;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.platform.web.RequestRefused;

import java.time.LocalDate;

/**
 * I1-I4 at the end of a cut-off day, from facts effective by then (a corrected report: what
 * happened by the cut-off, whenever it was recorded). Admissions count for I4 from 1 January of
 * the cut-off's year unless {@code admissionsFrom} opens the reporting year elsewhere (e.g. the
 * day after the previous cut-off).
 */
@RestController
@RequestMapping("/api/indicators")
class IndicatorQueryController {

    private final Indicators indicators;
    private final LocalityTotals localities;

    IndicatorQueryController(Indicators indicators, LocalityTotals localities) {
        this.indicators = indicators;
        this.localities = localities;
    }

    @GetMapping
    IndicatorsView at(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                      LocalDate admissionsFrom) {
        return indicators.at(at, admissionsFrom(at, admissionsFrom));
    }

    /** The same indicators per commune or ward and per zone, beside the province, with the sector's totals. */
    @GetMapping("/localities")
    LocalityTotalsView byLocality(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate admissionsFrom) {
        return localities.at(at, admissionsFrom(at, admissionsFrom));
    }

    private static LocalDate admissionsFrom(LocalDate at, LocalDate admissionsFrom) {
        LocalDate from = admissionsFrom == null ? at.withDayOfYear(1) : admissionsFrom;
        if (from.isAfter(at) || !from.isAfter(at.minusYears(1))) {
            throw RequestRefused.invalid("admissionsFrom", "within-year-of-cut-off",
                    "Ngày bắt đầu tính kết nạp (admissionsFrom) phải trong vòng một năm tính đến ngày chốt số liệu (at).",
                    "admissionsFrom must fall within the year that ends on the cut-off (at).");
        }
        return from;
    }
}
