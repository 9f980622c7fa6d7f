package vn.directives.events.urging;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The Organization Committee gave the task its own urging policy instead of the default. */
@Revision("1")
public record TaskUrgingPolicySet(String taskId, UrgingPolicy policy, LocalDate effectiveOn, String setBy)
        implements UrgingEvent {
}
