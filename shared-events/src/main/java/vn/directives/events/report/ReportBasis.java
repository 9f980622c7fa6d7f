package vn.directives.events.report;

/**
 * Which facts a report counts. Both count what happened by the cut-off (effective date); they
 * differ in when the fact was recorded.
 */
public enum ReportBasis {
    /** Only what had been recorded by the end of the cut-off day: what the Committee knew when it reported. */
    AS_RECORDED,
    /** Everything that happened by the cut-off, whenever it was recorded (up to a position of the history). */
    CORRECTED
}
