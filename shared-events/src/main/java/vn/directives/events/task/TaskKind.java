package vn.directives.events.task;

/** The four kinds of task the Organization Committee opens. */
public enum TaskKind {
    /** Khảo sát. */
    SURVEY,
    /** Thành lập tổ chức đảng. */
    CELL_ESTABLISHMENT,
    /** Chuyển sinh hoạt đảng. */
    MEMBER_TRANSFER,
    /** Lớp bồi dưỡng. */
    TRAINING_COURSE
}
