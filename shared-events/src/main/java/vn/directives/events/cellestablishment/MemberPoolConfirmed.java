package vn.directives.events.cellestablishment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The Party members working at the enterprise were confirmed: official and probationary members,
 * and the official members employed there for 12 months or more (Decree 98/2014/NĐ-CP), who alone
 * count towards the three a Party organization needs. {@code memberRefs} are opaque pseudonymous
 * references, possibly empty, never names. A later confirmation replaces the earlier one.
 */
@Revision("1")
public record MemberPoolConfirmed(String taskId, int officialMembers, int probationaryMembers,
                                  int officialMembersEmployed12Months, List<String> memberRefs,
                                  LocalDate effectiveOn, String confirmedBy) implements CellEstablishmentEvent {

    public MemberPoolConfirmed {
        memberRefs = memberRefs == null ? List.of() : List.copyOf(memberRefs);
    }
}
