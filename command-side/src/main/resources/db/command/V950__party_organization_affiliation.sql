-- The kind and directly superior committee each enterprise's Party organization has now, so that an
-- imported list of Party organizations can tell a row that changes nothing from a re-affiliation
-- (vn.directives.command.partyorganization.EnterpriseOrganizationTable). Null: not recorded.
ALTER TABLE command.party_organization_enterprise
    ADD COLUMN kind                       TEXT,
    ADD COLUMN superior_committee_unit_id TEXT;
