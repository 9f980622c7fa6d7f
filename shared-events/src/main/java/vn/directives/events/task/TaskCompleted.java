package vn.directives.events.task;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The task is done. Follows the kind's own closing event (survey closed, cell establishment
 * completed, transfer completed, course closed), so that deadlines are judged alike for every kind.
 */
@Revision("1")
public record TaskCompleted(String taskId, TaskKind kind, LocalDate effectiveOn, String completedBy)
        implements TaskLifecycleEvent {
}
