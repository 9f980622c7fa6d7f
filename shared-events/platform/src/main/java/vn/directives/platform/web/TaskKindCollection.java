package vn.directives.platform.web;

import vn.directives.events.task.TaskKind;

import java.util.Arrays;
import java.util.Optional;

/**
 * Each task kind with its collection in URLs ({@code /api/surveys/...} on both sides) and its name
 * for users, Vietnamese first with English beside it: the one source of both, so that the two sides'
 * paths and every page's labels cannot drift apart.
 */
public enum TaskKindCollection {

    SURVEYS(TaskKind.SURVEY, "surveys", "Khảo sát", "Survey"),
    CELL_ESTABLISHMENTS(TaskKind.CELL_ESTABLISHMENT, "cell-establishments", "Thành lập tổ chức đảng",
            "Party organization establishment"),
    MEMBER_TRANSFERS(TaskKind.MEMBER_TRANSFER, "member-transfers", "Chuyển sinh hoạt đảng",
            "Party membership transfer"),
    TRAINING_COURSES(TaskKind.TRAINING_COURSE, "training-courses", "Lớp bồi dưỡng", "Training course"),
    GENERAL_TASKS(TaskKind.GENERAL, "general-tasks", "Nhiệm vụ", "General task");

    /** Matches exactly the kinds' collections, for request mappings ({@code {collection:PATTERN}}). */
    public static final String PATTERN = "surveys|cell-establishments|member-transfers|training-courses|general-tasks";

    private final TaskKind kind;
    private final String collection;
    private final String label;
    private final String labelEn;

    TaskKindCollection(TaskKind kind, String collection, String label, String labelEn) {
        this.kind = kind;
        this.collection = collection;
        this.label = label;
        this.labelEn = labelEn;
    }

    public static TaskKindCollection of(TaskKind kind) {
        return Arrays.stream(values()).filter(each -> each.kind == kind).findFirst().orElseThrow();
    }

    /** The kind whose collection is named so; empty for any other path segment. */
    public static Optional<TaskKindCollection> named(String collection) {
        return Arrays.stream(values()).filter(each -> each.collection.equals(collection)).findFirst();
    }

    public TaskKind kind() {
        return kind;
    }

    public String collection() {
        return collection;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }
}
