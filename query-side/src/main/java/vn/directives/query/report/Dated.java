package vn.directives.query.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A fact with when it happened (effective date), when it was recorded and its place in the history. */
record Dated<T>(LocalDate effectiveOn, long recordedAt, long index, T value) {

    private static final Comparator<Dated<?>> BY_EFFECTIVE_THEN_RECORDED =
            Comparator.<Dated<?>, LocalDate>comparing(Dated::effectiveOn).thenComparingLong(Dated::index);

    /** The fact recorded last among those the cut sees: the one in force (a due date, an assignee). */
    static <T> Optional<Dated<T>> lastRecorded(List<Dated<T>> facts, Cut cut) {
        Dated<T> last = null;
        for (Dated<T> fact : facts) {
            if (cut.sees(fact) && (last == null || fact.index() > last.index())) {
                last = fact;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The fact that happened last among those the cut sees, the later recorded on a tie (a survey finding). */
    static <T> Optional<Dated<T>> lastEffective(List<Dated<T>> facts, Cut cut) {
        return facts.stream().filter(cut::sees).max(BY_EFFECTIVE_THEN_RECORDED).map(fact -> (Dated<T>) fact);
    }

    /** The fact that happened first among those the cut sees (a Party organization's coming into being). */
    static <T> Optional<Dated<T>> firstEffective(List<Dated<T>> facts, Cut cut) {
        return facts.stream().filter(cut::sees).min(BY_EFFECTIVE_THEN_RECORDED).map(fact -> (Dated<T>) fact);
    }
}
