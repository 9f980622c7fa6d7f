package vn.directives.events.steering;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The member answers for a new set of units and areas from the effective date (the full new set). */
@Revision("1")
public record SteeringMemberResponsibilitiesChanged(String memberId, Responsibilities responsibilities,
                                                    LocalDate effectiveOn, String changedBy)
        implements SteeringMemberEvent {
}
