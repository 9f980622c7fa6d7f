package vn.directives.events.memberdevelopment;

/** What the candidate does in the enterprise: the categories reports count admissions by. */
public enum CandidateCategory {
    /** Công nhân trực tiếp sản xuất. */
    DIRECT_PRODUCTION_WORKER,
    /** Cán bộ quản lý doanh nghiệp. */
    MANAGER,
    /** Chủ doanh nghiệp (point 7 of the directive asks for these to be admitted and counted). */
    OWNER,
    /** Cán bộ công đoàn, đoàn thanh niên. */
    UNION_OR_YOUTH_OFFICER,
    /** Người lao động khác (office staff, technicians not in direct production). */
    OTHER
}
