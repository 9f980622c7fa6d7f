package vn.directives.command.partyorganization;

import vn.directives.command.common.CommandContext;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.partyorganization.RecordSource;

import java.time.LocalDate;

/**
 * The commands an imported list of Party organizations sends, built here so that the commands
 * themselves stay this package's: recording an organization from the list (its source the initial
 * registry, its reference the import job), and a re-affiliation.
 */
public final class PartyOrganizationImportCommands {

    private PartyOrganizationImportCommands() {
    }

    public static Object recordExisting(String partyOrganizationId, String enterpriseTaxCode, String enterpriseName,
                                        String organizationName, PartyOrganizationKind kind,
                                        String superiorCommitteeUnitId, int officialMembers,
                                        int probationaryMembers, LocalDate since, String importJobId,
                                        CommandContext context) {
        return new RecordExistingPartyOrganization(partyOrganizationId, enterpriseTaxCode, enterpriseName,
                organizationName, kind, superiorCommitteeUnitId, RecordSource.INITIAL_REGISTRY, importJobId,
                officialMembers, probationaryMembers, since, context);
    }

    public static Object changeAffiliation(String partyOrganizationId, PartyOrganizationKind kind,
                                           String superiorCommitteeUnitId, LocalDate on, CommandContext context) {
        return new RecordAffiliationChange(partyOrganizationId, null, kind, superiorCommitteeUnitId, on, context);
    }
}
