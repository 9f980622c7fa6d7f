package vn.directives.query.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A fact with when it happened (effective date), when it was recorded and its place in the history. */
record Dated<T>(LocalDate effectiveOn, long recordedAt, long index, T value) {

    /** By effective date, then by place in the history (the later recorded). */
    private static int order(Dated<?> one, Dated<?> other) {
        int byDate = one.effectiveOn.compareTo(other.effectiveOn);
        return byDate != 0 ? byDate : Long.compare(one.index, other.index);
    }

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
        // a loop, not a stream: a report asks this for every enterprise at every cut it assembles
        Dated<T> last = null;
        for (Dated<T> fact : facts) {
            if (cut.sees(fact) && (last == null || order(fact, last) > 0)) {
                last = fact;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The fact that happened first among those the cut sees (a Party organization's coming into being). */
    static <T> Optional<Dated<T>> firstEffective(List<Dated<T>> facts, Cut cut) {
        Dated<T> first = null;
        for (Dated<T> fact : facts) {
            if (cut.sees(fact) && (first == null || order(fact, first) < 0)) {
                first = fact;
            }
        }
        return Optional.ofNullable(first);
    }
}
