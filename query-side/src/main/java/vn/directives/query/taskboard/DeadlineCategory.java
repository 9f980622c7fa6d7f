package vn.directives.query.taskboard;

/**
 * The four categories of Vietnamese task reports, judged at a date against the due date in force
 * at that date (domain.md, "Indicators and categories"), and cancelled tasks, which are listed
 * apart. {@link TasksAtDate} computes them.
 */
enum DeadlineCategory {

    /** Completed by the date, on or before its due date. */
    DONE_ON_TIME("Hoàn thành đúng hạn", "Done on time"),
    /** Completed by the date, after its due date. */
    DONE_LATE("Hoàn thành quá hạn", "Done late"),
    /** Not completed at the date, due after it. */
    OPEN_WITHIN_DEADLINE("Đang thực hiện trong hạn", "Open within the deadline"),
    /** Not completed at the date, due on or before it. */
    OPEN_OVERDUE("Quá hạn chưa hoàn thành", "Open overdue"),
    /** Cancelled by the date. */
    CANCELLED("Đã hủy", "Cancelled");

    private final String label;
    private final String labelEn;

    DeadlineCategory(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    String label() {
        return label;
    }

    String labelEn() {
        return labelEn;
    }
}
