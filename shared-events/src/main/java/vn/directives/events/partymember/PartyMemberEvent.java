package vn.directives.events.partymember;

import java.time.LocalDate;

/**
 * A fact of the roster about one Party member, named only by {@code memberRef} (the random reference
 * the personal-data store gives the person; transfers name the same person by the same reference).
 * Each event states the member's whole entry as it is from {@code effectiveOn}.
 */
public sealed interface PartyMemberEvent permits PartyMemberRecorded, PartyMemberChanged {

    String memberRef();

    LocalDate effectiveOn();
}
