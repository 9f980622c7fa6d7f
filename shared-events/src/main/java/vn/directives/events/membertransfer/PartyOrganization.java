package vn.directives.events.membertransfer;

/**
 * A Party organization a member leaves or joins: its name (e.g. "Chi bộ Công ty TNHH Minh
 * Phát"), the unit it belongs to (a commune or ward Party Committee, the Party Committee of
 * enterprises or of industrial zones), and, for the organization of an enterprise, the
 * enterprise's tax code so that the transfer counts in that enterprise's picture (null at the
 * place of residence).
 */
public record PartyOrganization(String name, String unitId, String enterpriseTaxCode) {
}
