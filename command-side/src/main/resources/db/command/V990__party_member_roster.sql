-- The Party members' roster (vn.directives.command.partymember.PartyMemberLookup): each member's entry
-- now, by the personal-data store's random reference, for an import of a list of Party members to compare
-- its rows with. Nothing personal: the enterprise, where the member is registered (the enterprise's Party
-- organization, or the residence committee, a unit), status, days of admission and recognition, category.
CREATE TABLE command.party_member (
    member_ref                  VARCHAR(100) PRIMARY KEY,
    enterprise_tax_code         VARCHAR(14)  NOT NULL,
    party_organization_id       VARCHAR(100),
    residence_committee_unit_id VARCHAR(100),
    status                      VARCHAR(20)  NOT NULL,
    admitted_on                 DATE         NOT NULL,
    recognized_on               DATE,
    category                    VARCHAR(40),
    effective_on                DATE         NOT NULL
);
CREATE INDEX party_member_organization ON command.party_member (party_organization_id);

-- A list of Party members gives each member's date of birth; it is personal data like the name, and is
-- kept beside it (null for members known only from a transfer request, which does not ask for it).
ALTER TABLE command.member_personal_data ADD COLUMN birth_date DATE;
