package vn.directives.events.partyorganization;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The organization was dissolved (giải thể) and is closed from {@code effectiveOn}. Every member is
 * accounted for: handed to a successor ({@code successors}, each of which records
 * {@link MembersReceived} in the same transaction) or stated as leaving with the dissolution
 * ({@code leaving}: the enterprise closed and they go back to their place of residence, say).
 */
@Revision("1")
public record PartyOrganizationDissolved(String partyOrganizationId, String reason, List<SuccessorShare> successors,
                                         MemberCounts leaving, LocalDate effectiveOn, String recordedBy)
        implements PartyOrganizationEvent {

    public PartyOrganizationDissolved {
        successors = successors == null ? List.of() : List.copyOf(successors);
    }
}
