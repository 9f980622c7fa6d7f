package vn.directives.events.task;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The Organization Committee approved an extension: the task is now due on {@code newDueDate}. */
@Revision("1")
public record DueDateExtensionApproved(String taskId, String extensionId, LocalDate previousDueDate,
                                       LocalDate newDueDate, LocalDate effectiveOn, String approvedBy)
        implements TaskLifecycleEvent {
}
