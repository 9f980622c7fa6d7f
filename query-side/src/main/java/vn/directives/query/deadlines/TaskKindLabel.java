package vn.directives.query.deadlines;

import vn.directives.events.task.TaskKind;

/** What users read for a task kind: Vietnamese first, English beside it. */
public enum TaskKindLabel {
    SURVEY(TaskKind.SURVEY, "Khảo sát", "Survey"),
    CELL_ESTABLISHMENT(TaskKind.CELL_ESTABLISHMENT, "Thành lập tổ chức đảng", "Party organization establishment"),
    MEMBER_TRANSFER(TaskKind.MEMBER_TRANSFER, "Chuyển sinh hoạt đảng", "Party membership transfer"),
    TRAINING_COURSE(TaskKind.TRAINING_COURSE, "Lớp bồi dưỡng", "Training course");

    private final TaskKind kind;
    private final String label;
    private final String labelEn;

    TaskKindLabel(TaskKind kind, String label, String labelEn) {
        this.kind = kind;
        this.label = label;
        this.labelEn = labelEn;
    }

    public static TaskKindLabel of(String kind) {
        TaskKind taskKind = TaskKind.valueOf(kind);
        for (TaskKindLabel candidate : values()) {
            if (candidate.kind == taskKind) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("No label for task kind " + kind);
    }

    /** The kind's name in the events and the API, e.g. {@code SURVEY}. */
    String code() {
        return kind.name();
    }

    public String label() {
        return label;
    }

    String labelEn() {
        return labelEn;
    }
}
