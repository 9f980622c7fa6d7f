package vn.directives.command.partyorganization;

import vn.directives.command.common.CommandContext;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.partyorganization.RecordSource;

import java.time.LocalDate;

record RecordExistingPartyOrganization(String partyOrganizationId, String enterpriseTaxCode, String enterpriseName,
                                       String organizationName, PartyOrganizationKind kind,
                                       String superiorCommitteeUnitId, RecordSource source, String sourceReference,
                                       int officialMembers, int probationaryMembers, LocalDate since,
                                       CommandContext context) {
}
