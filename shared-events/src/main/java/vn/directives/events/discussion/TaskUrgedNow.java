package vn.directives.events.discussion;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The Organization Committee or the lead unit urged the task on the spot (đôn đốc trực tiếp), with
 * a message, beside the automatic urging. The notice {@code noticeId} goes to the task's assignee
 * and lead unit as they were then.
 */
@Revision("1")
public record TaskUrgedNow(String taskId, String noticeId, String assigneeId, String leadUnitId, String message,
                           String urgedBy, LocalDate effectiveOn) implements DiscussionEvent {
}
