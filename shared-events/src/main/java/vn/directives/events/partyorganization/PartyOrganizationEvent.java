package vn.directives.events.partyorganization;

import java.time.LocalDate;

/**
 * What happens to the Party organization of an enterprise: it comes into being (established by a
 * cell establishment, or recorded as already existing), admits new members, and receives or loses
 * members by transfer; its kind and superior committee may change. The indicators I1, I2 and I4
 * are computed from these.
 */
public sealed interface PartyOrganizationEvent permits PartyOrganizationEstablished,
        ExistingPartyOrganizationRecorded, PartyOrganizationAffiliationChanged, NewMembersAdmitted, MembersTransferredIn,
        MembersTransferredOut {

    String partyOrganizationId();

    /** When it happened, as the user stated it (the event's timestamp says when it was recorded). */
    LocalDate effectiveOn();
}
