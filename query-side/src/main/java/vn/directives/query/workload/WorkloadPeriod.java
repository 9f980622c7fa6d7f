package vn.directives.query.workload;

import vn.directives.platform.web.RequestRefused;
import vn.directives.query.taskboard.QueryParameters;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The date the workload is counted at and the calendar year "this year" means: {@code at} alone
 * (its year), {@code year} alone (its last day, or today for the current year), both (of the same
 * year), or neither (today).
 */
record WorkloadPeriod(LocalDate at, int year) {

    private static final MonthDay LAST_DAY = MonthDay.of(12, 31);

    static WorkloadPeriod of(String atParameter, String yearParameter) {
        LocalDate at = QueryParameters.date("at", atParameter);
        LocalDate today = QueryParameters.today();
        Integer year = yearParameter == null || yearParameter.isBlank() ? null
                : QueryParameters.integer("year", yearParameter, today.getYear(), 2000, 2100);
        if (year == null) {
            LocalDate date = at == null ? today : at;
            return new WorkloadPeriod(date, date.getYear());
        }
        if (at == null) {
            return new WorkloadPeriod(year == today.getYear() ? today : LAST_DAY.atYear(year), year);
        }
        if (at.getYear() != year) {
            throw RequestRefused.invalid("year", "same-year-as-at",
                    "Tham số 'year' phải là năm của ngày 'at' (" + at.getYear() + "), hoặc bỏ trống.",
                    "Parameter 'year' must be the year of 'at' (" + at.getYear() + "), or be left out.");
        }
        return new WorkloadPeriod(at, year);
    }

    /** The first day of the year counted. */
    LocalDate yearStart() {
        return LocalDate.of(year, 1, 1);
    }
}
