package vn.directives.command.cellestablishment;

import vn.directives.events.cellestablishment.MemberPoolConfirmed;

import java.util.List;

/** The Party members confirmed at the enterprise, as far as the establishment's rules need them. */
record MemberPool(int officialMembers, int probationaryMembers, int officialMembersEmployed12Months,
                  List<String> memberRefs) {

    /** Party Charter, art. 21 and 24: an organization needs three official members. */
    static final int MINIMUM_FOR_ORGANIZATION = 3;

    static MemberPool of(MemberPoolConfirmed event) {
        return new MemberPool(event.officialMembers(), event.probationaryMembers(),
                event.officialMembersEmployed12Months(), event.memberRefs());
    }

    /** Only official members employed 12 months or more count (Decree 98/2014/NĐ-CP). */
    boolean allowsOrganization() {
        return officialMembersEmployed12Months >= MINIMUM_FOR_ORGANIZATION;
    }

    int members() {
        return officialMembers + probationaryMembers;
    }

    /** Whether the member is known to belong to the pool; an anonymous pool (no refs) cannot tell. */
    boolean mayInclude(String memberRef) {
        return memberRefs.isEmpty() || memberRefs.contains(memberRef);
    }
}
