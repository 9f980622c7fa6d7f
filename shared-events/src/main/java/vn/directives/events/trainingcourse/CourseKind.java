package vn.directives.events.trainingcourse;

/** The kinds of training course (lớp bồi dưỡng) a directive's follow-up organizes. */
public enum CourseKind {
    /** Bồi dưỡng nghiệp vụ công tác đảng, for cell secretaries and committee members; usually 2–3 days. */
    PARTY_WORK_SKILLS,
    /** Lớp bồi dưỡng nhận thức về Đảng, for admission candidates; usually 5 lessons. */
    PARTY_AWARENESS,
    /** Lớp bồi dưỡng đảng viên mới. */
    NEW_MEMBER,
    /** Sơ cấp lý luận chính trị; about a month. */
    ELEMENTARY_POLITICAL_THEORY
}
