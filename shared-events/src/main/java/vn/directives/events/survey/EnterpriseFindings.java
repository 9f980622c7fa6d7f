package vn.directives.events.survey;

/**
 * What a survey found in one enterprise, as counts (no personal data): workers; official and
 * probationary Party members working there; members still registered at their place of
 * residence; official members employed 12 months or more (Decree 98/2014/NĐ-CP); trade union
 * and Youth Union and their members; whether a Party organization exists; the owner's attitude.
 */
public record EnterpriseFindings(
        String taxCode,
        String enterpriseName,
        Ownership ownership,
        int workers,
        int officialMembers,
        int probationaryMembers,
        int membersRegisteredAtResidence,
        int officialMembersEmployed12Months,
        boolean tradeUnion,
        int tradeUnionMembers,
        boolean youthUnion,
        int youthUnionMembers,
        boolean partyOrganizationExists,
        OwnerAttitude ownerAttitude) {
}
