package vn.directives.query.report;

import java.time.LocalDate;

/**
 * What a report sees: facts effective by the end of {@code date} and recorded before
 * {@code recordedBefore} (epoch milliseconds; {@link Long#MAX_VALUE} for every recorded fact).
 */
record Cut(LocalDate date, long recordedBefore) {

    boolean sees(Dated<?> fact) {
        return !fact.effectiveOn().isAfter(date) && fact.recordedAt() < recordedBefore;
    }

    /** The same knowledge (what was recorded by then) at another date. */
    Cut on(LocalDate other) {
        return new Cut(other, recordedBefore);
    }
}
