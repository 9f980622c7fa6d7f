package vn.directives.events.survey;

/** Ownership of a non-state enterprise. */
public enum Ownership {
    /** Doanh nghiệp tư nhân (domestic private). */
    PRIVATE,
    /** Doanh nghiệp có vốn đầu tư nước ngoài. */
    FOREIGN_INVESTED,
    /** Công ty cổ phần có vốn nhà nước không chi phối: joint-stock, the state's share below control. */
    JOINT_STOCK_STATE_MINORITY
}
