package vn.directives.events.enterprise;

/** Whether a registered enterprise operates (tình trạng hoạt động); ceasing for good is an event of its own. */
public enum OperatingStatus {
    /** Đang hoạt động. */
    OPERATING,
    /** Tạm ngừng kinh doanh: still registered, not counted as operating. */
    SUSPENDED
}
