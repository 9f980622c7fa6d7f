package vn.directives.events.task;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The task was ended without being done; reports list it apart. */
@Revision("1")
public record TaskCancelled(String taskId, String reason, LocalDate effectiveOn, String cancelledBy)
        implements TaskLifecycleEvent {
}
