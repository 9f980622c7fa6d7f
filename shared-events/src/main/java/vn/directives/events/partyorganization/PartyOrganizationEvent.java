package vn.directives.events.partyorganization;

import java.time.LocalDate;

/**
 * What happens to the Party organization of an enterprise: it comes into being (established by a
 * cell establishment, or recorded as already existing), admits new members, and receives or loses
 * members by transfer; probationary members are recognized official; members leave otherwise (death,
 * removal, expulsion, on request); its kind and superior committee may change; it may be merged into
 * another or dissolved (closed), its members going to the organizations that receive them. The indicators I1, I2 and I4
 * are computed from these.
 */
public sealed interface PartyOrganizationEvent permits PartyOrganizationEstablished,
        ExistingPartyOrganizationRecorded, PartyOrganizationAffiliationChanged, NewMembersAdmitted, MembersTransferredIn,
        MembersTransferredOut, ProbationaryMembersRecognized, MembersLeft, PartyOrganizationMerged,
        PartyOrganizationDissolved, MembersReceived {

    String partyOrganizationId();

    /** When it happened, as the user stated it (the event's timestamp says when it was recorded). */
    LocalDate effectiveOn();
}
