package vn.directives.events.cellestablishment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * With fewer than three qualifying official members no organization can be established: the
 * members of the pool were introduced to an existing Party organization instead (Party Charter,
 * art. 21). The task completes with it; no new organization comes into being.
 */
@Revision("1")
public record MembersIntroducedToExistingOrganization(String taskId, String receivingOrganization,
                                                      int officialMembers, int probationaryMembers,
                                                      List<String> memberRefs, LocalDate effectiveOn,
                                                      String introducedBy) implements CellEstablishmentEvent {

    public MembersIntroducedToExistingOrganization {
        memberRefs = memberRefs == null ? List.of() : List.copyOf(memberRefs);
    }
}
