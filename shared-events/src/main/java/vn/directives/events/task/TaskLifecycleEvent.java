package vn.directives.events.task;

import java.time.LocalDate;

/** What happens to a task of any kind after it is opened. */
public sealed interface TaskLifecycleEvent permits TaskReassigned, DueDateExtensionRequested,
        DueDateExtensionApproved, DueDateExtensionRejected, TaskCancelled, TaskCompleted, SubTaskDelegated {

    String taskId();

    /** When it happened, as the user stated it (the event's timestamp says when it was recorded). */
    LocalDate effectiveOn();
}
