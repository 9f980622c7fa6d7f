package vn.directives.events.task;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The task was given to another Steering Committee member. */
@Revision("1")
public record TaskReassigned(String taskId, String fromMemberId, String toMemberId, String reason,
                             LocalDate effectiveOn, String reassignedBy) implements TaskLifecycleEvent {
}
