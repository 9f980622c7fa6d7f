package vn.directives.command.partyorganization;

import vn.directives.events.partyorganization.MemberCounts;

/** An organization's members by status as its events count them now: what an imported roster is compared with. */
public interface RecordedMembers {

    MemberCounts of(String partyOrganizationId);
}
