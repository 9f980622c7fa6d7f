package vn.directives.events.task;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The Organization Committee refused an extension; the due date stays. Remembered with its reason. */
@Revision("1")
public record DueDateExtensionRejected(String taskId, String extensionId, String reason, LocalDate effectiveOn,
                                       String rejectedBy) implements TaskLifecycleEvent {
}
