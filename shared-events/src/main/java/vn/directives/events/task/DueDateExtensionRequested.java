package vn.directives.events.task;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A later due date was asked for, with the reason. */
@Revision("1")
public record DueDateExtensionRequested(String taskId, String extensionId, LocalDate currentDueDate,
                                        LocalDate requestedDueDate, String reason, LocalDate effectiveOn,
                                        String requestedBy) implements TaskLifecycleEvent {
}
