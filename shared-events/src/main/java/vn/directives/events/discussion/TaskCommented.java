package vn.directives.events.discussion;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * {@code commentedBy} wrote {@code text} on the task. {@code coordinatingUnitId} names the
 * coordinating unit (đơn vị phối hợp) whose contribution it is when an officer of that unit wrote
 * it; null otherwise.
 */
@Revision("1")
public record TaskCommented(String taskId, String commentId, String text, String coordinatingUnitId,
                            String commentedBy, LocalDate effectiveOn) implements DiscussionEvent {
}
