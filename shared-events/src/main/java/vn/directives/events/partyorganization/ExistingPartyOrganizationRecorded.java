package vn.directives.events.partyorganization;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A Party organization that already existed in the enterprise was recorded, with its members at
 * the time; {@code effectiveOn} is the date since which it exists.
 */
@Revision("1")
public record ExistingPartyOrganizationRecorded(String partyOrganizationId, String enterpriseTaxCode,
                                                String enterpriseName, String organizationName, RecordSource source,
                                                String sourceReference, int officialMembers, int probationaryMembers,
                                                LocalDate effectiveOn, String recordedBy)
        implements PartyOrganizationEvent {
}
