package vn.directives.command.partyorganization;

import java.util.Optional;

/**
 * Which enterprise already has a Party organization: one per enterprise. Read by command handlers
 * to refuse a second one early; the unique key of the table behind it settles races.
 */
public interface EnterpriseOrganizations {

    /** The id of the enterprise's Party organization, if it has one. */
    Optional<String> partyOrganizationOf(String enterpriseTaxCode);
}
