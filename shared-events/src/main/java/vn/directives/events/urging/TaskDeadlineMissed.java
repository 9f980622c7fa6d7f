package vn.directives.events.urging;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The due date ended with the task still open; {@code effectiveOn} is the first day it was overdue. */
@Revision("1")
public record TaskDeadlineMissed(String taskId, String assigneeId, LocalDate dueDate, LocalDate effectiveOn)
        implements UrgingEvent {
}
