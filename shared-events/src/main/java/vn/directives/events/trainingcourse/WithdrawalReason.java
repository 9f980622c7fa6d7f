package vn.directives.events.trainingcourse;

/**
 * Why a participant left a course before it opened. A closed list rather than free text, so
 * that no personal circumstance (an illness, a family matter) is written into an event.
 */
public enum WithdrawalReason {
    /** The participant asked to be withdrawn. */
    REQUESTED_BY_PARTICIPANT,
    /** The participant's unit called them back (công tác đột xuất). */
    RECALLED_BY_UNIT,
    /** Someone else from the unit takes the place. */
    REPLACED,
    OTHER
}
