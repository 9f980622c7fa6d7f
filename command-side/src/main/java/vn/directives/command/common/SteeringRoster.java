package vn.directives.command.common;

import java.time.LocalDate;

/** The Steering Committee as it is on a date: only members active then can be given tasks. */
public interface SteeringRoster {

    /** Whether the member has been appointed on or before the date and not relieved by it. */
    boolean isActiveMember(String memberId, LocalDate on);
}
