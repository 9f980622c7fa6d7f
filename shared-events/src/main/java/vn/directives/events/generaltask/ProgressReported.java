package vn.directives.events.generaltask;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Progress was reported (báo cáo tiến độ): how far the work is, in percent, and what was done.
 * {@code previousPercentage} is the last reported one (0 before any); a report below it carries
 * the {@code reason} it went backwards (null otherwise).
 */
@Revision("1")
public record ProgressReported(String taskId, int percentage, int previousPercentage, String text, String reason,
                               LocalDate effectiveOn, String reportedBy) implements GeneralTaskEvent {
}
