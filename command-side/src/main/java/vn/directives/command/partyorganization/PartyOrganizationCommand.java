package vn.directives.command.partyorganization;

import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** A command on an existing Party organization. */
interface PartyOrganizationCommand {

    String partyOrganizationId();

    /** When it happened, as the user states it; null means today. */
    LocalDate effectiveOn();

    CommandContext context();
}
