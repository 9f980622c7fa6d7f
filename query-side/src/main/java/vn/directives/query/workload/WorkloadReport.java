package vn.directives.query.workload;

import java.time.LocalDate;
import java.util.List;

/**
 * The workload at a date, one row per Steering Committee member or per lead unit, with the
 * meaning of each count for users ({@code columns}, Vietnamese and English).
 */
record WorkloadReport<R>(LocalDate at, int year, List<Column> columns, List<R> rows) {

    static final List<Column> COLUMNS = List.of(
            new Column("open", "Đang thực hiện", "Open"),
            new Column("openOverdue", "Quá hạn chưa hoàn thành", "Open overdue"),
            new Column("doneThisYear", "Hoàn thành trong năm", "Done this year"),
            new Column("cancelledThisYear", "Đã hủy trong năm", "Cancelled this year"));

    record Column(String key, String label, String labelEn) {
    }

    /** The tasks one Steering Committee member had at the date (assigned to them then). */
    record MemberWorkload(String memberId, String memberName, long open, long openOverdue, long doneThisYear,
                          long cancelledThisYear) {
    }

    /** The tasks one unit led at the date; the unit named as it was then. */
    record UnitWorkload(String unitId, String unitName, long open, long openOverdue, long doneThisYear,
                        long cancelledThisYear) {
    }
}
