package vn.directives.events.partyorganization;

/** Why members left the Party organization other than by a transfer. */
public enum ExitReason {
    /** Từ trần. */
    DEATH,
    /** Xóa tên khỏi danh sách đảng viên. */
    REMOVAL_FROM_ROLLS,
    /** Khai trừ khỏi Đảng. */
    EXPULSION,
    /** Xin ra khỏi Đảng. */
    LEAVING_ON_REQUEST
}
