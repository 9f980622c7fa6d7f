package vn.directives.query.enterprise;

import java.time.LocalDate;

/**
 * One enterprise in the list, as it stood at the date: the latest surveyed facts the list shows,
 * its Party organization (with its kind and superior committee at the date), and whether it was operating and known; the registry's commune or ward
 * (with the name it bore at the date), zone and status, and whether the latest survey found other
 * workers or another ownership than the registry holds ({@code findingDiffers}).
 */
public record EnterpriseSummary(String taxCode, String name, CodeLabel ownership, LocalDate surveyedOn, Integer workers,
                         Integer officialMembersEmployed12Months, Boolean tradeUnion, boolean hasPartyOrganization,
                         String partyOrganizationName, LocalDate partyOrganizationSince,
                         CodeLabel partyOrganizationKind, String superiorCommitteeName, boolean operatingAndKnown,
                         LocalDate dissolvedOn, boolean inRegistry, String communeUnitId, String communeName,
                         String zone, CodeLabel registryStatus, boolean findingDiffers) {
}
