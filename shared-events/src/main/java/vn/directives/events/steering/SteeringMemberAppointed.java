package vn.directives.events.steering;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A member was appointed to the Steering Committee from the effective date. The member id is
 * the user id they act under, so that tasks assigned to them are theirs to act on.
 */
@Revision("1")
public record SteeringMemberAppointed(String memberId, MemberContact contact, String post,
                                      Responsibilities responsibilities, LocalDate effectiveOn, String appointedBy)
        implements SteeringMemberEvent {
}
