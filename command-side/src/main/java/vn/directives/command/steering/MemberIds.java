package vn.directives.command.steering;

/** Which member ids have been used: a member id names one appointment, for good. */
interface MemberIds {

    /** Whether a member was ever appointed under this id, whether or not they still serve. */
    boolean isTaken(String memberId);
}
