package vn.directives.events.membertransfer;

import java.time.LocalDate;

/**
 * How a step stood against its limit in working days: the last day within the limit as the
 * working-day calendar counted it when the step was recorded, the working days late (0 when on
 * time) and the reason given for the lateness (null when on time).
 */
public record Timeliness(LocalDate dueBy, int workingDaysLate, String lateReason) {
}
