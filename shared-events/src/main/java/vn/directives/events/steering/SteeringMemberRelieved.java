package vn.directives.events.steering;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The member was relieved of their duties (miễn nhiệm) and is no longer a member from the effective date. */
@Revision("1")
public record SteeringMemberRelieved(String memberId, String reason, LocalDate effectiveOn, String relievedBy)
        implements SteeringMemberEvent {
}
