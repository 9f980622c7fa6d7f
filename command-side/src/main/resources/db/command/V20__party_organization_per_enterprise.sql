-- One Party organization per enterprise (set-based validation). Filled by the subscribing
-- processor 'party-organization-policy' in the transaction that stores an organization's first
-- event; the primary key refuses a second organization for the same tax code, even under a race.
CREATE TABLE command.party_organization_enterprise (
    enterprise_tax_code   VARCHAR(14) PRIMARY KEY,
    party_organization_id VARCHAR(64) NOT NULL UNIQUE
);
