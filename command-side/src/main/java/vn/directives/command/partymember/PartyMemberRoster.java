package vn.directives.command.partymember;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** What the import of a list of Party members compares its rows with: the roster's entries now. */
public interface PartyMemberRoster {

    /** An entry as the roster holds it now, and the day it took effect. */
    record Entry(MemberEntry entry, LocalDate effectiveOn) {
    }

    /** The entries of these members that the roster holds, by reference. */
    Map<String, Entry> entries(Collection<String> memberRefs);

    /** Every member the roster has registered in these Party organizations, by reference. */
    Map<String, Entry> registeredIn(Collection<String> partyOrganizationIds);
}
