package vn.directives.command.partyorganization;

import vn.directives.command.common.CommandContext;
import vn.directives.events.partyorganization.RecordSource;

import java.time.LocalDate;

record RecordExistingPartyOrganization(String partyOrganizationId, String enterpriseTaxCode, String enterpriseName,
                                       String organizationName, RecordSource source, String sourceReference,
                                       int officialMembers, int probationaryMembers, LocalDate since,
                                       CommandContext context) {
}
