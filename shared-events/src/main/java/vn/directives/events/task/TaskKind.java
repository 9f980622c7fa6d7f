package vn.directives.events.task;

/** The kinds of task the Organization Committee opens. */
public enum TaskKind {
    /** Khảo sát. */
    SURVEY,
    /** Thành lập tổ chức đảng. */
    CELL_ESTABLISHMENT,
    /** Chuyển sinh hoạt đảng. */
    MEMBER_TRANSFER,
    /** Lớp bồi dưỡng. */
    TRAINING_COURSE,
    /** Nhiệm vụ: any other duty of a directive's point, with its product; also every delegated sub-task. */
    GENERAL
}
