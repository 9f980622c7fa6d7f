package vn.directives.events.cellestablishment;

/** A post in the committee the establishment decision appoints. */
public enum CellCommitteePost {
    /** Bí thư. */
    SECRETARY,
    /** Phó Bí thư. */
    DEPUTY_SECRETARY,
    /** Cấp ủy viên (chi ủy viên). */
    COMMITTEE_MEMBER
}
