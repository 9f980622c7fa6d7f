package vn.directives.events.partyorganization;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A Party organization that already existed in the enterprise was recorded, with its members at
 * the time; {@code effectiveOn} is the date since which it exists. Its {@code kind} and its directly
 * superior committee ({@code superiorCommitteeUnitId}, a unit as it was on {@code effectiveOn}) are
 * null when not recorded: revision 1 had neither, and figures count such an organization as not
 * classified rather than guess.
 */
@Revision("2")
public record ExistingPartyOrganizationRecorded(String partyOrganizationId, String enterpriseTaxCode,
                                                String enterpriseName, String organizationName,
                                                PartyOrganizationKind kind, String superiorCommitteeUnitId,
                                                RecordSource source, String sourceReference, int officialMembers,
                                                int probationaryMembers, LocalDate effectiveOn, String recordedBy)
        implements PartyOrganizationEvent {

    /** A recording that does not say the organization's kind or superior committee. */
    public ExistingPartyOrganizationRecorded(String partyOrganizationId, String enterpriseTaxCode,
                                             String enterpriseName, String organizationName, RecordSource source,
                                             String sourceReference, int officialMembers, int probationaryMembers,
                                             LocalDate effectiveOn, String recordedBy) {
        this(partyOrganizationId, enterpriseTaxCode, enterpriseName, organizationName, null, null, source,
                sourceReference, officialMembers, probationaryMembers, effectiveOn, recordedBy);
    }
}
