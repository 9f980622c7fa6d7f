package vn.directives.events.cellestablishment;

/** Why an establishment was given up. */
public enum AbandonmentReason {
    /** Doanh nghiệp giải thể, phá sản hoặc ngừng hoạt động. */
    ENTERPRISE_DISSOLVED,
    /** Chủ doanh nghiệp không đồng ý. */
    OWNER_REFUSED,
    /** Lý do khác, nêu trong ghi chú. */
    OTHER
}
