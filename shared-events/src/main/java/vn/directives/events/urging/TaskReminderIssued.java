package vn.directives.events.urging;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The assignee was reminded that the task is due on {@code dueDate}, {@code workingDaysLeft}
 * working days ahead (0: due today). {@code noticeId} names the notice sent for it.
 */
@Revision("1")
public record TaskReminderIssued(String taskId, String noticeId, String assigneeId, LocalDate dueDate,
                                 int workingDaysLeft, LocalDate effectiveOn) implements UrgingEvent {
}
