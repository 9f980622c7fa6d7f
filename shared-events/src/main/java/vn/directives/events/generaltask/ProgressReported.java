package vn.directives.events.generaltask;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Progress was reported (báo cáo tiến độ): how far the work is, in percent, and what was done.
 * {@code coordinatingUnitId} names the coordinating unit (đơn vị phối hợp) whose contribution the
 * report is, when an officer of that unit reported it; null for the task's own progress, reported
 * by whoever may act on the task (the lead unit, the assignee, the Organization Committee).
 * {@code previousPercentage} is the last one reported for the same contributor, the task or that
 * unit (0 before any); a report below it carries the {@code reason} it went backwards (null
 * otherwise).
 *
 * <p>Revision 1 had no {@code coordinatingUnitId}: every report of then was the task's own
 * ({@code vn.directives.events.upcasting.ProgressReportedV1Upcaster}).
 */
@Revision("2")
public record ProgressReported(String taskId, int percentage, int previousPercentage, String text, String reason,
                               String coordinatingUnitId, LocalDate effectiveOn, String reportedBy)
        implements GeneralTaskEvent {

    /** The task's own progress, no coordinating unit's. */
    public ProgressReported(String taskId, int percentage, int previousPercentage, String text, String reason,
                            LocalDate effectiveOn, String reportedBy) {
        this(taskId, percentage, previousPercentage, text, reason, null, effectiveOn, reportedBy);
    }
}
