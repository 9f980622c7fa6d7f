package vn.directives.events.survey;

/** Ownership of a non-state enterprise. */
public enum Ownership {
    /** Doanh nghiệp tư nhân (domestic private). */
    PRIVATE,
    /** Doanh nghiệp có vốn đầu tư nước ngoài. */
    FOREIGN_INVESTED
}
