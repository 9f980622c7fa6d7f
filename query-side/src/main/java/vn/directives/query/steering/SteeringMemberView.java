package vn.directives.query.steering;

import java.time.LocalDate;
import java.util.List;

/**
 * A member of the Steering Committee at the end of {@code at}: who (display name and official
 * e-mail, contact data of a public office), their post, what they answered for then (or last
 * answered for, once relieved), and whether they served on that day. A relief still to come is
 * not shown.
 */
public record SteeringMemberView(String memberId, String displayName, String email, String post,
                          ResponsibilitiesView responsibilities, LocalDate appointedOn, LocalDate relievedOn,
                          boolean active) {

    /** Records print every component; contact data must not reach a log through this one. */
    @Override
    public String toString() {
        return "SteeringMemberView[memberId=" + memberId + ", contact redacted]";
    }

    /** The units (named as they were at the date) and areas a member answers for, since {@code since}. */
    public record ResponsibilitiesView(List<UnitName> units, List<String> areas, LocalDate since) {
    }

    public record UnitName(String id, String name) {
    }
}
