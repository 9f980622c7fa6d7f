package vn.directives.query.taskboard;

/** Where a task stands now, after every event recorded so far. */
enum TaskStatus {

    OPEN("Đang thực hiện", "Open"),
    COMPLETED("Đã hoàn thành", "Completed"),
    CANCELLED("Đã hủy", "Cancelled");

    private final String label;
    private final String labelEn;

    TaskStatus(String label, String labelEn) {
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
