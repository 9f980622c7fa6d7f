package vn.directives.query.report;

/** The deadline category of a task at the cut-off (domain.md, "Indicators and categories, precisely"). */
enum Category {

    DONE_ON_TIME("Hoàn thành đúng hạn"),
    DONE_LATE("Hoàn thành quá hạn"),
    OPEN_WITHIN_DEADLINE("Đang thực hiện trong hạn"),
    OPEN_OVERDUE("Quá hạn chưa hoàn thành"),
    CANCELLED("Đã hủy");

    final String label;

    Category(String label) {
        this.label = label;
    }
}
