package vn.directives.events.discussion;

import java.time.LocalDate;

/**
 * What people say about a task of any kind, beside its steps: comments, the documents attached to
 * it, and an urging on the spot. Stored in the task's own stream, so they belong to its history,
 * but none of them changes the task's state or what its steps decide.
 */
public sealed interface DiscussionEvent permits TaskCommented, AttachmentAdded, TaskUrgedNow {

    String taskId();

    /** The day it was said (the event's timestamp says when it was recorded). */
    LocalDate effectiveOn();
}
