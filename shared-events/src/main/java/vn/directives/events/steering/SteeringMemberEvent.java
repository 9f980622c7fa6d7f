package vn.directives.events.steering;

import java.time.LocalDate;

/** Everything that happens to one member of the Steering Committee (Ban Chỉ đạo), in their own stream. */
public sealed interface SteeringMemberEvent
        permits SteeringMemberAppointed, SteeringMemberResponsibilitiesChanged, SteeringMemberRelieved {

    String memberId();

    LocalDate effectiveOn();
}
