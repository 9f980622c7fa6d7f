package vn.directives.query.taskboard;

import vn.directives.events.task.TaskKind;

import java.util.Arrays;

/**
 * Each task kind with its name for users and its collection in URLs, as the command side's
 * {@code Location} headers use them.
 */
enum KindCollection {

    SURVEYS(TaskKind.SURVEY, "surveys", "Khảo sát", "Survey"),
    CELL_ESTABLISHMENTS(TaskKind.CELL_ESTABLISHMENT, "cell-establishments", "Thành lập tổ chức đảng",
            "Cell establishment"),
    MEMBER_TRANSFERS(TaskKind.MEMBER_TRANSFER, "member-transfers", "Chuyển sinh hoạt đảng", "Member transfer"),
    TRAINING_COURSES(TaskKind.TRAINING_COURSE, "training-courses", "Lớp bồi dưỡng", "Training course");

    /** Matches exactly the four collections, for request mappings. */
    static final String PATTERN = "surveys|cell-establishments|member-transfers|training-courses";

    private final TaskKind kind;
    private final String collection;
    private final String label;
    private final String labelEn;

    KindCollection(TaskKind kind, String collection, String label, String labelEn) {
        this.kind = kind;
        this.collection = collection;
        this.label = label;
        this.labelEn = labelEn;
    }

    static KindCollection of(TaskKind kind) {
        return Arrays.stream(values()).filter(each -> each.kind == kind).findFirst().orElseThrow();
    }

    static KindCollection named(String collection) {
        return Arrays.stream(values()).filter(each -> each.collection.equals(collection)).findFirst().orElseThrow();
    }

    TaskKind kind() {
        return kind;
    }

    String collection() {
        return collection;
    }

    String label() {
        return label;
    }

    String labelEn() {
        return labelEn;
    }
}
