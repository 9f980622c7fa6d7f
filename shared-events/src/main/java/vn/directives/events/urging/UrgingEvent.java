package vn.directives.events.urging;

import java.time.LocalDate;

/**
 * What urging (đôn đốc) records on a task: reminders to its assignee, the missed deadline,
 * escalations to the lead unit and the Organization Committee, the policy they follow, and the
 * notices that were delivered. Stored in the task's own stream, so they belong to its history.
 */
public sealed interface UrgingEvent permits TaskReminderIssued, TaskDeadlineMissed, TaskEscalated,
        TaskUrgingPolicySet, UrgingNoticeDelivered {

    String taskId();

    /** The day it concerns (the event's timestamp says when it was recorded). */
    LocalDate effectiveOn();
}
