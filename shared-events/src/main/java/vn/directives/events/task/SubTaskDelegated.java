package vn.directives.events.task;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A part of the task was given to a lower-level unit (giao nhiệm vụ cho cấp dưới) as the general
 * task {@code subTaskId}, due no later than this task. The sub-task's own stream opens with a
 * {@code GeneralTaskOpened} naming this task as its parent.
 */
@Revision("1")
public record SubTaskDelegated(String taskId, String subTaskId, String title, String leadUnitId, String assigneeId,
                               LocalDate dueDate, LocalDate effectiveOn, String delegatedBy)
        implements TaskLifecycleEvent {
}
