package vn.directives.command.partyorganization;

import vn.directives.command.common.CommandContext;
import vn.directives.events.partyorganization.PartyOrganizationKind;

import java.time.LocalDate;

/**
 * Brings into being the organization a completed cell establishment set up. Sent only by
 * {@link EstablishmentPolicy}: the establishment's own rules already authorized it and checked its kind and
 * superior committee.
 */
record EstablishPartyOrganization(String partyOrganizationId, String enterpriseTaxCode, String enterpriseName,
                                  String organizationName, String cellEstablishmentTaskId, String decisionNumber,
                                  String issuingCommittee, PartyOrganizationKind kind,
                                  String superiorCommitteeUnitId, int officialMembers, int probationaryMembers,
                                  LocalDate decidedOn, CommandContext context) {
}
