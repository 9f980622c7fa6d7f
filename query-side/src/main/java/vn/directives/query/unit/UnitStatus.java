package vn.directives.query.unit;

import java.time.LocalDate;

/** Where a unit stood at the end of a day. */
enum UnitStatus {
    NOT_YET_REGISTERED("Chưa thành lập", "Not yet registered"),
    ACTIVE("Đang hoạt động", "Active"),
    MERGED("Đã hợp nhất", "Merged"),
    DISSOLVED("Đã giải thể", "Dissolved");

    final String label;
    final String labelEn;

    UnitStatus(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** Active from its registration until the day it was merged or dissolved, that day excluded. */
    static UnitStatus at(LocalDate at, LocalDate activeFrom, LocalDate endedOn, String ending) {
        if (at.isBefore(activeFrom)) {
            return NOT_YET_REGISTERED;
        }
        if (endedOn != null && !at.isBefore(endedOn)) {
            return valueOf(ending);
        }
        return ACTIVE;
    }

    /** Merged or dissolved by the date: what ended it is known then, not before. */
    boolean ended() {
        return this == MERGED || this == DISSOLVED;
    }

    UnitLabels.Label toLabel() {
        return new UnitLabels.Label(name(), label, labelEn);
    }
}
